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
import vn.pcitracker.notification.OutboxEntry;
import vn.pcitracker.notification.OutboxStatus;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The outbox as listed (the status filter, the latest {@code OutboxService.LIST_LIMIT} mails), to Excel or CSV,
 * with the body the grid shows in its details. Days are date cells with the time beside them.
 */
final class OutboxExport {

    static final String FILE_NAME = "hop-thu-di";

    private static final String KEY = "notification.OutboxExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<OutboxEntry> table;

    OutboxExport(Component owner, Locale locale) {
        this.locale = locale;
        Map<OutboxStatus, String> statuses = Arrays.stream(OutboxStatus.values()).collect(Collectors.toUnmodifiableMap(
                Function.identity(), status -> owner.getTranslation(locale, "notification.OutboxStatus." + status.name())));
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.date(KEY + "createdOn", 12, entry -> NotificationTexts.day(entry.createdAt())),
                ExportColumn.text(KEY + "createdTime", 8, entry -> NotificationTexts.clock(entry.createdAt())),
                ExportColumn.text(KEY + "to", 32, OutboxEntry::to),
                ExportColumn.text(KEY + "subject", 50, OutboxEntry::subject),
                ExportColumn.text(KEY + "digest", 12, entry -> entry.digest() ? yes : ""),
                ExportColumn.text(KEY + "status", 12, entry -> statuses.get(entry.status())),
                ExportColumn.integer(KEY + "attempts", 10, OutboxEntry::attempts),
                ExportColumn.date(KEY + "sentOn", 12, entry -> NotificationTexts.day(entry.sentAt())),
                ExportColumn.text(KEY + "sentTime", 8, entry -> NotificationTexts.clock(entry.sentAt())),
                ExportColumn.text(KEY + "lastError", 40, OutboxEntry::lastError),
                ExportColumn.text(KEY + "body", 80, OutboxEntry::body));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the mails listed; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<OutboxEntry> entries) {
        table.write(format, entries.stream(), out, locale, texts);
    }
}
