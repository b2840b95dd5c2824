package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.OrganizationImportRow;
import vn.pcitracker.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ui.ImportWizard;
import vn.pcitracker.shared.ui.FormFeedback;

/** Administrators keep the list of agencies: departments, boards, wards, communes and those that ended. */
@Route("admin/agencies")
@Menu(title = "organization.AgencyListView.menu", order = 40, icon = "vaadin:institution")
@RolesAllowed(Role.Names.ADMIN)
class AgencyListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "organization.AgencyListView.";

    private final AgencyService agencies;
    private final ImportSessions importSessions;
    private final Grid<AgencySummary> grid = new Grid<>();
    private final RegisterToolbar<AgencySummary> toolbar;
    private final AgencyExport export;
    private Map<Long, AgencySummary> byId = Map.of();

    AgencyListView(AgencyService agencies, ImportSessions importSessions) {
        this.agencies = agencies;
        this.importSessions = importSessions;
        toolbar = new RegisterToolbar<>(KEY, grid, agency -> true, this::refresh,
                () -> new AgencyFormDialog(null, byId, form -> {
                    agencies.create(form);
                    refresh();
                }).open(),
                agency -> new AgencyFormDialog(agency, byId, form -> {
                    agencies.update(agency.id(), form, agency.version());
                    refresh();
                }).open(),
                this::openRetireDialog);
        export = new AgencyExport(this, getLocale());
        toolbar.addExport(new ExportButtons(AgencyExport.FILE_NAME, this::export));
        toolbar.add(RegisterImports.button(this::openImport));
        configureGrid();
        add(toolbar, grid);
        setSizeFull();
        refresh();
    }

    /** {@code ?q=} fills the search, as the import's links to the records it wrote do. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(toolbar::search);
    }

    ImportWizard<OrganizationImportRow> openImport() {
        return RegisterImports.open(importSessions, agencies.importDefinition(), agencies::previewImport,
                agencies::importRows, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private void configureGrid() {
        grid.addColumn(AgencySummary::code).setHeader(getTranslation(KEY + "code")).setSortable(true).setAutoWidth(true);
        grid.addColumn(agency -> agency.name(getLocale())).setHeader(getTranslation(KEY + "name"))
                .setComparator(Comparator.comparing(agency -> agency.name(getLocale()))).setWidth("18rem").setFlexGrow(3).setResizable(true);
        grid.addColumn(agency -> getTranslation(agency.kind().labelKey())).setHeader(getTranslation(KEY + "kind"))
                .setComparator(Comparator.comparing(AgencySummary::kind)).setAutoWidth(true);
        grid.addColumn(agency -> LocaleFormats.date(agency.validFrom(), getLocale())).setHeader(getTranslation(KEY + "validFrom"))
                .setComparator(Comparator.comparing(AgencySummary::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(agency -> LocaleFormats.date(agency.validTo(), getLocale())).setHeader(getTranslation(KEY + "validTo"))
                .setComparator(Comparator.comparing(AgencySummary::validTo, Comparator.nullsLast(Comparator.naturalOrder()))).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(agency -> AgencyChoices.names(agency.successorIds(), byId, getLocale()))
                .setHeader(getTranslation(KEY + "successors")).setFlexGrow(2);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation(KEY + "status")).setAutoWidth(true);
        grid.setSizeFull();
    }

    private Badge statusBadge(AgencySummary agency) {
        return agency.retiredOn(LocalDate.now())
                ? RetireConfirmation.badge(getTranslation(KEY + "retired"), BadgeVariant.CONTRAST)
                : RetireConfirmation.badge(getTranslation(KEY + "active"), BadgeVariant.SUCCESS);
    }

    private void openRetireDialog(AgencySummary agency) {
        new AgencyRetireDialog(agency, byId, (validTo, successors) -> {
            try {
                agencies.retire(agency.id(), validTo, successors, agency.version());
                FormFeedback.success(this, KEY + "retiredDone");
            } catch (ValidationException e) {
                FormFeedback.error(this, e.violations().stream()
                        .map(v -> v.translate(this::getTranslation)).collect(Collectors.joining(" ")));
            } catch (OptimisticLockingFailureException e) {
                FormFeedback.error(this, getTranslation("shared.FormFeedback.staleVersion"));
            }
            refresh();
        }).open();
    }

    /** Writes the list as the export buttons do: the agencies of the search shown, parents and successors named. */
    void export(ExportFormat format, OutputStream out) {
        RegisterToolbar.Search search = toolbar.applied();
        export.write(format, out, agencies.search(search.text(), search.includeRetired()), everyAgency());
    }

    private void refresh() {
        byId = everyAgency();
        RegisterToolbar.Search search = toolbar.applied();
        grid.setItems(agencies.search(search.text(), search.includeRetired()));
        toolbar.updateButtons();
    }

    private Map<Long, AgencySummary> everyAgency() {
        return agencies.search("", true).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }
}
