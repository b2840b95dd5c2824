package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Comparator;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.organization.OrganizationImportRow;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ui.ImportWizard;

/** Administrators and investment officers keep the enterprises that raise recommendations. */
@Route("enterprises")
@Menu(title = "organization.EnterpriseListView.menu", order = 42, icon = "vaadin:factory")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER})
class EnterpriseListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "organization.EnterpriseListView.";

    private final EnterpriseService enterprises;
    private final ImportSessions importSessions;
    private final Grid<EnterpriseSummary> grid = new Grid<>();
    private final RegisterToolbar<EnterpriseSummary> toolbar;
    private final EnterpriseExport export;

    EnterpriseListView(EnterpriseService enterprises, ImportSessions importSessions) {
        this.enterprises = enterprises;
        this.importSessions = importSessions;
        toolbar = new RegisterToolbar<>(KEY, grid, EnterpriseSummary::active, this::refresh,
                () -> new EnterpriseFormDialog(null, form -> {
                    enterprises.create(form);
                    refresh();
                }).open(),
                chosen -> new EnterpriseFormDialog(chosen, form -> {
                    enterprises.update(chosen.id(), form, chosen.version());
                    refresh();
                }).open(),
                chosen -> RetireConfirmation.open(this, KEY, chosen.name(), () -> {
                    enterprises.retire(chosen.id());
                    refresh();
                }));
        export = new EnterpriseExport(this, getLocale());
        toolbar.addExport(new ExportButtons(EnterpriseExport.FILE_NAME, this::export));
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
        return RegisterImports.open(importSessions, enterprises.importDefinition(), enterprises::previewImport,
                enterprises::importRows, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private void configureGrid() {
        grid.addColumn(EnterpriseSummary::taxCode).setHeader(getTranslation(KEY + "taxCode")).setSortable(true).setAutoWidth(true);
        grid.addColumn(EnterpriseSummary::name).setHeader(getTranslation(KEY + "name"))
                .setComparator(Comparator.comparing(EnterpriseSummary::name)).setFlexGrow(3);
        grid.addColumn(EnterpriseSummary::sector).setHeader(getTranslation(KEY + "sector"))
                .setComparator(Comparator.comparing(EnterpriseSummary::sector, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(this::badges).setHeader(getTranslation(KEY + "status")).setAutoWidth(true);
        grid.setSizeFull();
    }

    private Component badges(EnterpriseSummary enterprise) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        if (enterprise.synthetic()) {
            badges.add(RetireConfirmation.badge(getTranslation(KEY + "synthetic"), BadgeVariant.WARNING));
        }
        if (!enterprise.active()) {
            badges.add(RetireConfirmation.badge(getTranslation(KEY + "retired"), BadgeVariant.CONTRAST));
        }
        return badges;
    }

    /** Writes the list as the export buttons do: the enterprises of the search shown. */
    void export(ExportFormat format, OutputStream out) {
        RegisterToolbar.Search search = toolbar.applied();
        export.write(format, out, enterprises.search(search.text(), search.includeRetired()));
    }

    private void refresh() {
        RegisterToolbar.Search search = toolbar.applied();
        grid.setItems(enterprises.search(search.text(), search.includeRetired()));
        toolbar.updateButtons();
    }
}
