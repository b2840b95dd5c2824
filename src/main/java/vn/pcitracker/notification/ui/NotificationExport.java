package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.notification.NotificationItem;
import vn.pcitracker.notification.NotificationKind;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The user's own notifications, newest first, to Excel or CSV: the day as a date cell, the time beside it (the
 * export writes dates, not times, as cells), the kind, the text and whether it was read. The rows are those of the
 * page ({@code NotificationService.latest}, the signed-in user's only, at most its limit).
 */
final class NotificationExport {

    static final String FILE_NAME = "thong-bao";

    private static final String KEY = "notification.NotificationExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<NotificationItem> table;

    NotificationExport(Component owner, Locale locale) {
        this.locale = locale;
        Map<NotificationKind, String> kinds = Arrays.stream(NotificationKind.values()).collect(Collectors.toUnmodifiableMap(
                Function.identity(), kind -> owner.getTranslation(locale, "notification.NotificationKind." + kind.name())));
        String read = owner.getTranslation(locale, KEY + "read");
        String unread = owner.getTranslation(locale, KEY + "unread");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.date(KEY + "date", 12, item -> NotificationTexts.day(item.createdAt())),
                ExportColumn.text(KEY + "time", 8, item -> NotificationTexts.clock(item.createdAt())),
                ExportColumn.text(KEY + "kind", 30, item -> kinds.get(item.kind())),
                ExportColumn.text(KEY + "text", 80, NotificationItem::text),
                ExportColumn.text(KEY + "status", 12, item -> item.read() ? read : unread));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the user's notifications; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<NotificationItem> items) {
        table.write(format, items.stream(), out, locale, texts);
    }
}
