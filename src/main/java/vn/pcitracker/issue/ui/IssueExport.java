package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The inbox as a spreadsheet, with the columns an import reads back ({@link ImportColumns}): every row the user may
 * see under the filter shown, in the order shown, however many, read through {@link IssueQueryService#stream} a
 * page at a time (by key, so no depth limit). Every text (headers, states, priorities, channels) is resolved when
 * the view is built, in the user's language, because the download runs outside the UI.
 */
final class IssueExport {

    static final String FILE_NAME = "kien-nghi";

    private static final String KEY = "issue.IssueExport.";

    private final IssueQueryService queries;
    private final EnterpriseService enterprises;
    private final IssueGrid grid;
    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final Map<Enum<?>, String> labels;
    private final ImportColumns importColumns;
    private final TableExport<IssueExportRows> table;

    IssueExport(Component owner, Locale locale, IssueQueryService queries, IssueGrid grid, ImportColumns importColumns,
                EnterpriseService enterprises) {
        this.queries = queries;
        this.enterprises = enterprises;
        this.grid = grid;
        this.locale = locale;
        this.importColumns = importColumns;
        String yes = owner.getTranslation(KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 16, row -> row.item().code()),
                ExportColumn.text(KEY + "title", 60, row -> row.item().title()),
                ExportColumn.text(KEY + "state", 18, row -> label(row.item().state())),
                ExportColumn.text(KEY + "priority", 12, row -> label(row.item().priority())),
                ExportColumn.text(KEY + "field", 28, row -> grid.fieldName(row.item().fieldId())),
                ExportColumn.text(KEY + "leadAgency", 36, row -> grid.agencyName(row.item().leadAgencyId())),
                ExportColumn.text(KEY + "channel", 20, row -> label(row.item().channel())),
                ExportColumn.date(KEY + "received", 12, row -> row.item().receivedOn()),
                ExportColumn.date(KEY + "deadline", 12, row -> row.item().deadline()),
                ExportColumn.integer(KEY + "workingDaysLeft", 14, row -> row.item().workingDaysLeft()),
                ExportColumn.text(KEY + "overdue", 10, row -> row.item().overdue() ? yes : ""),
                importColumns.content(), importColumns.enterprises(), importColumns.taxCodes(),
                importColumns.associations(), importColumns.ddci(), importColumns.isPublic());
        this.texts = table.resolvedTexts(owner::getTranslation);
        this.labels = Stream.of(IssueState.values(), IssuePriority.values(), IssueChannel.values()).flatMap(Arrays::stream)
                .collect(Collectors.toUnmodifiableMap(Function.identity(), value -> IssueTexts.label(owner, value)));
    }

    /** Writes the list as filtered and sorted now; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out) {
        IssueFilter filter = grid.filter();
        IssueSort sort = grid.sort();
        try (Stream<IssueExportRows> rows = IssueExportRows.of(
                queries.stream(filter, sort, IssueQueryService.MAX_PAGE_SIZE), queries, enterprises)) {
            table.write(format, rows, out, locale, texts);
        }
    }

    private String label(Enum<?> value) {
        return value == null ? "" : labels.get(value);
    }
}
