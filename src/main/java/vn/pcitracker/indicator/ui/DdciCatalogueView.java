package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.DdciCatalogueSummary;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.indicator.UpdateDdciComponent;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/** The DDCI component catalogues and the PCI sub-indices each component is assumed to move; admins edit them. */
@Route("ddci")
@Menu(title = "indicator.DdciCatalogueView.menu", order = 60, icon = "vaadin:sitemap")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER, Role.Names.LEADER})
class DdciCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final DdciService ddci;
    private final List<SubIndex> subIndices;
    private final Map<Long, SubIndex> subIndicesById;
    private final boolean admin;
    private final Select<DdciCatalogueSummary> catalogue = new Select<>();
    private final HorizontalLayout details = new HorizontalLayout();
    private final Grid<DdciComponentDetails> grid = new Grid<>();
    private final DdciCatalogueExport export;
    /** The catalogue shown, for the download, which runs outside the UI lock. */
    private volatile DdciCatalogueSummary shown;

    DdciCatalogueView(DdciService ddci, PciService pci, AuthenticationContext authentication) {
        this.ddci = ddci;
        this.subIndices = pci.subIndices();
        this.subIndicesById = subIndices.stream().collect(Collectors.toMap(SubIndex::id, Function.identity()));
        this.admin = authentication.hasRole(Role.Names.ADMIN);
        setSizeFull();
        catalogue.setLabel(getTranslation("indicator.DdciCatalogueView.catalogue"));
        catalogue.setItemLabelGenerator(summary -> summary.name(getLocale()));
        catalogue.setWidth("32rem");
        catalogue.addValueChangeListener(event -> showCatalogue());
        details.setAlignItems(FlexComponent.Alignment.CENTER);
        configureGrid();
        this.export = new DdciCatalogueExport(this, getLocale(), subIndicesById);
        HorizontalLayout toolbar = new HorizontalLayout(catalogue, new ExportButtons(DdciCatalogueExport.FILE_NAME, this::export));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("indicator.DdciCatalogueView.title")), toolbar, details,
                new Paragraph(getTranslation("indicator.DdciCatalogueView.mappingAssumption")), grid);

        List<DdciCatalogueSummary> catalogues = ddci.catalogues();
        catalogue.setItems(catalogues);
        catalogues.stream().findFirst().ifPresent(catalogue::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.DdciCatalogueView.title");
    }

    private void configureGrid() {
        grid.addColumn(DdciComponentDetails::position)
                .setHeader(getTranslation("indicator.DdciCatalogueView.position")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DdciComponentDetails::code)
                .setHeader(getTranslation("indicator.DdciCatalogueView.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("indicator.DdciCatalogueView.name"))
                .setFlexGrow(2);
        grid.addColumn(this::subIndexNames)
                .setHeader(getTranslation("indicator.DdciCatalogueView.pciSubIndices")).setFlexGrow(2);
        if (admin) {
            grid.addComponentColumn(component -> {
                Button edit = new Button(getTranslation("indicator.DdciCatalogueView.edit"), click -> edit(component));
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
    }

    private HorizontalLayout nameCell(DdciComponentDetails component) {
        HorizontalLayout cell = new HorizontalLayout(FlexComponent.Alignment.CENTER, new Span(component.name(getLocale())));
        if (component.modifiedLocally()) {
            Badge badge = new Badge(getTranslation("indicator.DdciCatalogueView.modifiedLocally"));
            badge.addThemeVariants(BadgeVariant.WARNING);
            cell.add(badge);
        }
        return cell;
    }

    private String subIndexNames(DdciComponentDetails component) {
        return component.pciSubIndexIds().stream().map(subIndicesById::get)
                .sorted(Comparator.comparingInt(SubIndex::number))
                .map(subIndex -> subIndex.number() + ". " + subIndex.name(getLocale()))
                .collect(Collectors.joining("; "));
    }

    /** Writes the catalogue shown as the export buttons do: its components, in catalogue order. */
    void export(ExportFormat format, OutputStream out) {
        DdciCatalogueSummary selected = shown;
        export.write(format, out, selected, selected == null ? List.of() : ddci.components(selected.id()));
    }

    private void showCatalogue() {
        details.removeAll();
        DdciCatalogueSummary selected = catalogue.getValue();
        shown = selected;
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        details.add(new Span(getTranslation("indicator.DdciCatalogueView.unitLevel",
                getTranslation("indicator.UnitLevel." + selected.unitLevel().name()))));
        if (selected.referenceModel()) {
            Badge badge = new Badge(getTranslation("indicator.DdciCatalogueView.referenceModel"));
            badge.addThemeVariants(BadgeVariant.SUCCESS);
            details.add(badge);
        }
        if (selected.sourceUrl() != null) {
            details.add(SourceLink.of(selected.sourceUrl(), getTranslation("indicator.DdciCatalogueView.source")));
        }
        grid.setItems(ddci.components(selected.id()));
    }

    private void edit(DdciComponentDetails component) {
        DdciComponentDialog dialog = new DdciComponentDialog(component, subIndices, this::save);
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                showCatalogue();
            }
        });
        dialog.open();
    }

    private void save(UpdateDdciComponent command) {
        ddci.updateComponent(command);
        Notification.show(getTranslation("indicator.DdciCatalogueView.saved"))
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
