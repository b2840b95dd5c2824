package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.licensing.bottleneck.BottleneckListItem;
import vn.pcitracker.licensing.bottleneck.BottleneckQueryService;
import vn.pcitracker.licensing.bottleneck.BottleneckSort;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.PagedRows;
import vn.pcitracker.shared.export.TableExport;

/**
 * The register's rows, as filtered, to Excel or CSV, read by code a page at a time. Texts are resolved when the
 * view is built, in the user's language, because the download runs outside the UI.
 */
final class BottleneckExport {

    static final String FILE_NAME = "diem-nghen";

    private static final String KEY = "licensing.BottleneckExport.";
    private static final int PAGE = 1_000;

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final Map<BottleneckState, String> states;
    private final TableExport<BottleneckListItem> table;

    BottleneckExport(Component owner, BottleneckChoices.Lists lists) {
        this.locale = lists.locale();
        String yes = owner.getTranslation(locale, KEY + "yes");
        String no = owner.getTranslation(locale, KEY + "no");
        this.states = Arrays.stream(BottleneckState.values()).collect(Collectors.toUnmodifiableMap(Function.identity(),
                state -> owner.getTranslation(locale, "licensing.BottleneckState." + state.name())));
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 16, BottleneckListItem::code),
                ExportColumn.text(KEY + "title", 50, BottleneckListItem::title),
                ExportColumn.text(KEY + "state", 18, row -> states.get(row.state())),
                ExportColumn.text(KEY + "agency", 32, row -> lists.agencyName(row.agencyId())),
                ExportColumn.text(KEY + "ownerAgency", 32, row -> lists.agencyName(row.ownerAgencyId())),
                ExportColumn.text(KEY + "procedureCode", 16, BottleneckListItem::procedureCode),
                ExportColumn.text(KEY + "procedureName", 50, BottleneckListItem::procedureName),
                ExportColumn.integer(KEY + "statutoryDays", 12, BottleneckListItem::statutoryDays),
                ExportColumn.integer(KEY + "reducedDays", 12, BottleneckListItem::reducedDays),
                ExportColumn.text(KEY + "line", 24, BottleneckListItem::lineLabel),
                ExportColumn.decimal(KEY + "latestMedianDays", 14, BottleneckListItem::latestMedianDays),
                ExportColumn.date(KEY + "identifiedOn", 12, BottleneckListItem::identifiedOn),
                ExportColumn.date(KEY + "targetDate", 12, BottleneckListItem::targetDate),
                ExportColumn.text(KEY + "public", 10, row -> row.isPublic() ? yes : no));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the rows matching the filter, ordered by code; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, BottleneckQueryService queries, BottleneckFilter filter) {
        try (Stream<BottleneckListItem> rows = PagedRows.stream(PAGE, Integer.MAX_VALUE,
                (offset, limit) -> queries.search(filter, BottleneckSort.CODE, offset, limit))) {
            table.write(format, rows, out, locale, texts);
        }
    }
}
