package vn.pcitracker.issue.ui.importing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.issue.ImportedIssue;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The preview's columns: what each valid row becomes, with names in the user's language. */
final class ImportedIssueColumns {

    private static final String KEY = IssueImportLauncher.KEY;

    private final UI ui = UI.getCurrent();
    private final Locale locale = ui.getLocale();
    private final Map<Long, String> fieldNames;
    private final Map<Long, String> agencyNames;
    private final Map<Long, String> associationNames;

    ImportedIssueColumns(IssueFieldService fields, AgencyService agencies, AssociationService associations) {
        fieldNames = names(fields.fields(), IssueFieldOption::id, field -> field.name(locale));
        agencyNames = names(agencies.search("", true), AgencySummary::id, agency -> agency.name(locale));
        associationNames = names(associations.search("", true), AssociationSummary::id, group -> group.name(locale));
    }

    String translate(String key, Object... args) {
        return ui.getTranslation(key, args);
    }

    void addTo(Grid<ImportedIssue> grid) {
        grid.addColumn(ImportedIssue::row).setHeader(translate(KEY + "row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportedIssue::title).setHeader(translate(KEY + "title")).setFlexGrow(3);
        grid.addColumn(issue -> fieldNames.get(issue.fieldId())).setHeader(translate(KEY + "field")).setAutoWidth(true);
        grid.addColumn(issue -> LocaleFormats.date(issue.receivedOn(), locale)).setHeader(translate(KEY + "receivedOn"))
                .setAutoWidth(true);
        grid.addColumn(this::firms).setHeader(translate(KEY + "firms")).setFlexGrow(2);
        grid.addColumn(issue -> issue.associationIds().stream().map(associationNames::get)
                .collect(Collectors.joining(", "))).setHeader(translate(KEY + "associations")).setFlexGrow(2);
        grid.addColumn(this::assignment).setHeader(translate(KEY + "agency")).setFlexGrow(2);
        grid.addColumn(issue -> translate(KEY + (issue.isPublic() ? "yes" : "no"))).setHeader(translate(KEY + "isPublic"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    /** Registered firms by name, new ones marked: the import adds them to the register. */
    private String firms(ImportedIssue issue) {
        return issue.firms().stream().map(firm -> firm.isNew() ? translate(KEY + "newFirm", firm.name()) : firm.name())
                .collect(Collectors.joining(", "));
    }

    private String assignment(ImportedIssue issue) {
        return issue.leadAgencyId() == null ? "" : translate(KEY + "assignedUntil", agencyNames.get(issue.leadAgencyId()),
                LocaleFormats.date(issue.deadline(), locale));
    }

    private static <T> Map<Long, String> names(List<T> items, Function<T, Long> id, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(id, name, (first, second) -> first));
    }
}
