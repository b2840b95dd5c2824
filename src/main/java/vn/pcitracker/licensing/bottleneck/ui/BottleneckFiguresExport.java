package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.pcitracker.licensing.bottleneck.FigureRow;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * One table of the bottleneck figures (per agency, or per conditional line) to Excel or CSV: means of days to one
 * decimal and the days saved, as number cells. Texts are resolved when the view is built.
 */
final class BottleneckFiguresExport {

    static final String BY_AGENCY_FILE = "diem-nghen-theo-co-quan";
    static final String BY_LINE_FILE = "diem-nghen-theo-nganh-nghe";

    private static final String KEY = "licensing.BottleneckFiguresExport.";

    private final Locale locale;
    private final TableExport<FigureRow> table;
    private final UnaryOperator<String> texts;

    /**
     * @param groupKey the key of the first column's header ({@code agency} or {@code line})
     * @param group    the name of a row's group
     */
    BottleneckFiguresExport(Component owner, Locale locale, String groupKey, Function<FigureRow, String> group) {
        this.locale = locale;
        this.table = TableExport.of(KEY + "sheet." + groupKey,
                ExportColumn.text(KEY + groupKey, 44, group),
                ExportColumn.integer(KEY + "count", 12, FigureRow::bottlenecks),
                ExportColumn.decimal(KEY + "statutory", 14, FigureRow::meanStatutoryDays),
                ExportColumn.decimal(KEY + "reduced", 14, FigureRow::meanReducedDays),
                ExportColumn.decimal(KEY + "before", 16, FigureRow::meanDaysBefore),
                ExportColumn.decimal(KEY + "after", 16, FigureRow::meanDaysAfter),
                ExportColumn.integer(KEY + "fixesCounted", 14, FigureRow::fixesCounted),
                ExportColumn.decimal(KEY + "daysSaved", 16, FigureRow::daysSaved));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the rows in the order given; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<FigureRow> rows) {
        table.write(format, rows.stream(), out, locale, texts);
    }
}
