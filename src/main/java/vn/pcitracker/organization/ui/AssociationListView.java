package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.OrganizationImportRow;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ui.ImportWizard;

/** Administrators keep the list of business associations that speak for their members. */
@Route("admin/associations")
@Menu(title = "organization.AssociationListView.menu", order = 41, icon = "vaadin:group")
@RolesAllowed(Role.Names.ADMIN)
class AssociationListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "organization.AssociationListView.";

    private final AssociationService associations;
    private final ImportSessions importSessions;
    private final Grid<AssociationSummary> grid = new Grid<>();
    private final RegisterToolbar<AssociationSummary> toolbar;
    private final AssociationExport export;

    AssociationListView(AssociationService associations, ImportSessions importSessions) {
        this.associations = associations;
        this.importSessions = importSessions;
        toolbar = new RegisterToolbar<>(KEY, grid, AssociationSummary::active, this::refresh,
                () -> new AssociationFormDialog(null, form -> {
                    associations.create(form);
                    refresh();
                }).open(),
                chosen -> new AssociationFormDialog(chosen, form -> {
                    associations.update(chosen.id(), form, chosen.version());
                    refresh();
                }).open(),
                chosen -> RetireConfirmation.open(this, KEY, chosen.name(getLocale()), () -> {
                    associations.retire(chosen.id());
                    refresh();
                }));
        export = new AssociationExport(this, getLocale());
        toolbar.addExport(new ExportButtons(AssociationExport.FILE_NAME, this::export));
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
        return RegisterImports.open(importSessions, associations.importDefinition(), associations::previewImport,
                associations::importRows, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private void configureGrid() {
        grid.addColumn(AssociationSummary::code).setHeader(getTranslation(KEY + "code")).setSortable(true).setAutoWidth(true);
        grid.addColumn(a -> a.name(getLocale())).setHeader(getTranslation(KEY + "name"))
                .setComparator(Comparator.comparing(a -> a.name(getLocale()))).setFlexGrow(3);
        grid.addColumn(AssociationSummary::taxCode).setHeader(getTranslation(KEY + "taxCode"))
                .setComparator(Comparator.comparing(AssociationSummary::taxCode, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(AssociationSummary::sector).setHeader(getTranslation(KEY + "sector"))
                .setComparator(Comparator.comparing(AssociationSummary::sector, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(a -> Stream.of(a.contactName(), a.contactPhone(), a.contactEmail()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "))).setHeader(getTranslation(KEY + "contact")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation(KEY + "status")).setAutoWidth(true);
        grid.setSizeFull();
    }

    private Component status(AssociationSummary association) {
        return association.active() ? new Span()
                : RetireConfirmation.badge(getTranslation(KEY + "retired"), BadgeVariant.CONTRAST);
    }

    /** Writes the list as the export buttons do: the associations of the search shown. */
    void export(ExportFormat format, OutputStream out) {
        RegisterToolbar.Search search = toolbar.applied();
        export.write(format, out, associations.search(search.text(), search.includeRetired()));
    }

    private void refresh() {
        RegisterToolbar.Search search = toolbar.applied();
        grid.setItems(associations.search(search.text(), search.includeRetired()));
        toolbar.updateButtons();
    }
}
