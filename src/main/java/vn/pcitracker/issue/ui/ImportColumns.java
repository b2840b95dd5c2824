package vn.pcitracker.issue.ui;

import static vn.pcitracker.issue.RecommendationImport.header;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.RecommendationImport;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.shared.export.ExportColumn;

/**
 * The export columns that carry what an import of the file needs, under the import template's own headers
 * ({@link RecommendationImport}): several firms, associations or DDCI components in one cell, separated as the
 * import reads them, firms' names and tax codes in the same order. Names are resolved when the view is built, in
 * the user's language, because the download runs outside the UI.
 */
final class ImportColumns {

    private static final String JOIN = RecommendationImport.SEPARATOR + " ";

    private final Map<Long, String> associationNames;
    private final Map<Long, String> ddciNames;
    private final String yes;
    private final String no;

    ImportColumns(Component owner, AssociationService associations, DdciService ddci) {
        associationNames = associations.search("", true).stream()
                .collect(Collectors.toMap(AssociationSummary::id, group -> group.name(IssueTexts.locale(owner))));
        ddciNames = DdciChoice.all(ddci, IssueTexts.locale(owner)).stream()
                .collect(Collectors.toMap(DdciChoice::id, DdciChoice::label));
        yes = owner.getTranslation("issue.RecommendationImport.yes");
        no = owner.getTranslation("issue.RecommendationImport.no");
    }

    ExportColumn<IssueExportRows> content() {
        return ExportColumn.text(header(RecommendationImport.CONTENT), 60,
                row -> row.details() == null ? null : row.details().content());
    }

    ExportColumn<IssueExportRows> enterprises() {
        return ExportColumn.text(header(RecommendationImport.ENTERPRISES), 40, row -> firms(row, EnterpriseSummary::name));
    }

    ExportColumn<IssueExportRows> taxCodes() {
        return ExportColumn.text(header(RecommendationImport.TAX_CODES), 16, row -> firms(row, EnterpriseSummary::taxCode));
    }

    ExportColumn<IssueExportRows> associations() {
        return ExportColumn.text(header(RecommendationImport.ASSOCIATIONS), 40,
                row -> row.details() == null ? null : joined(row.details().associationIds(), associationNames::get));
    }

    ExportColumn<IssueExportRows> ddci() {
        return ExportColumn.text(header(RecommendationImport.DDCI), 40, row -> row.details() == null ? null
                : joined(row.details().ddciComponentIds().stream().sorted().toList(), ddciNames::get));
    }

    ExportColumn<IssueExportRows> isPublic() {
        return ExportColumn.text(header(RecommendationImport.PUBLIC), 10,
                row -> row.details() == null ? null : row.details().isPublic() ? yes : no);
    }

    private static String firms(IssueExportRows row, Function<EnterpriseSummary, String> part) {
        return row.firms().stream().map(part).collect(Collectors.joining(JOIN));
    }

    private static String joined(List<Long> ids, Function<Long, String> name) {
        return ids.stream().map(name).filter(Objects::nonNull).collect(Collectors.joining(JOIN));
    }
}
