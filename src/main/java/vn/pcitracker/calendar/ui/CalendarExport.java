package vn.pcitracker.calendar.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.calendar.CalendarEntry;
import vn.pcitracker.calendar.DayKind;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The year's exceptions (holidays, days off, working weekends) to Excel or CSV, each day a date cell, with the
 * notice it rests on. A year holds a few dozen days, read whole like the grid; texts are resolved when the view
 * is built, because the download runs outside the UI.
 */
final class CalendarExport {

    static final String FILE_NAME = "lich-lam-viec";

    private static final String KEY = "calendar.CalendarExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<CalendarEntry> table;

    CalendarExport(Component owner, Locale locale) {
        this.locale = locale;
        Map<DayKind, String> kinds = Arrays.stream(DayKind.values()).collect(Collectors.toUnmodifiableMap(
                Function.identity(), kind -> owner.getTranslation(locale, "calendar.DayKind." + kind.name())));
        String unconfirmed = owner.getTranslation(locale, KEY + "unconfirmed");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.date(KEY + "date", 12, CalendarEntry::day),
                ExportColumn.text(KEY + "weekday", 12, entry -> entry.day().getDayOfWeek().getDisplayName(TextStyle.FULL, locale)),
                ExportColumn.text(KEY + "kind", 26, entry -> kinds.get(entry.kind())),
                ExportColumn.text(KEY + "name", 44, entry -> entry.name(locale)),
                ExportColumn.text(KEY + "confirmed", 16, entry -> entry.confirmed() ? "" : unconfirmed),
                ExportColumn.text(KEY + "source", 50, CalendarEntry::sourceUrl));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the days of the year shown; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<CalendarEntry> entries) {
        table.write(format, entries.stream(), out, locale, texts);
    }
}
