package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.shared.Role;

/** Administrators and investment officers keep the enterprises that raise recommendations. */
@Route("enterprises")
@Menu(title = "organization.EnterpriseListView.menu", order = 42, icon = "vaadin:factory")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER})
class EnterpriseListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "organization.EnterpriseListView.";

    private final EnterpriseService enterprises;
    private final TextField search = new TextField();
    private final Checkbox showRetired = new Checkbox();
    private final Grid<EnterpriseSummary> grid = new Grid<>();
    private final Button edit = new Button();
    private final Button retire = new Button();

    EnterpriseListView(EnterpriseService enterprises) {
        this.enterprises = enterprises;
        search.setPlaceholder(getTranslation(KEY + "search"));
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh());
        showRetired.setLabel(getTranslation(KEY + "showRetired"));
        showRetired.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation(KEY + "new"), click -> new EnterpriseFormDialog(null, form -> {
            enterprises.create(form);
            refresh();
        }).open());
        edit.setText(getTranslation(KEY + "edit"));
        edit.addClickListener(click -> {
            EnterpriseSummary chosen = grid.asSingleSelect().getValue();
            new EnterpriseFormDialog(chosen, form -> {
                enterprises.update(chosen.id(), form, chosen.version());
                refresh();
            }).open();
        });
        retire.setText(getTranslation(KEY + "retire"));
        retire.addClickListener(click -> {
            EnterpriseSummary chosen = grid.asSingleSelect().getValue();
            RetireConfirmation.open(this, KEY, chosen.name(), () -> {
                enterprises.retire(chosen.id());
                refresh();
            });
        });
        configureGrid();
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());
        HorizontalLayout toolbar = new HorizontalLayout(search, showRetired, create, edit, retire);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(toolbar, grid);
        setSizeFull();
        refresh();
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

    private void refresh() {
        grid.setItems(enterprises.search(search.getValue(), showRetired.getValue()));
        updateButtons();
    }

    private void updateButtons() {
        EnterpriseSummary chosen = grid.asSingleSelect().getValue();
        edit.setEnabled(chosen != null);
        retire.setEnabled(chosen != null && chosen.active());
    }
}
