package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.badge.Badge;
import vn.pcitracker.shared.ui.FormFeedback;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** Administrators keep the list of agencies: departments, boards, wards, communes and those that ended. */
@Route("admin/agencies")
@Menu(title = "organization.AgencyListView.menu", order = 40, icon = "vaadin:institution")
@RolesAllowed(Role.Names.ADMIN)
class AgencyListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "organization.AgencyListView.";

    private final AgencyService agencies;
    private final TextField search = new TextField();
    private final Checkbox showRetired = new Checkbox();
    private final Grid<AgencySummary> grid = new Grid<>();
    private final Button edit = new Button();
    private final Button retire = new Button();
    private Map<Long, AgencySummary> byId = Map.of();

    AgencyListView(AgencyService agencies) {
        this.agencies = agencies;
        search.setPlaceholder(getTranslation(KEY + "search"));
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh());
        showRetired.setLabel(getTranslation(KEY + "showRetired"));
        showRetired.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation(KEY + "new"), click -> new AgencyFormDialog(null, byId, form -> {
            agencies.create(form);
            refresh();
        }).open());
        edit.setText(getTranslation(KEY + "edit"));
        edit.addClickListener(click -> selected(agency -> new AgencyFormDialog(agency, byId, form -> {
            agencies.update(agency.id(), form, agency.version());
            refresh();
        }).open()));
        retire.setText(getTranslation(KEY + "retire"));
        retire.addClickListener(click -> selected(agency -> new AgencyRetireDialog(agency, byId, (validTo, successors) -> {
            try {
                agencies.retire(agency.id(), validTo, successors);
                FormFeedback.success(this, KEY + "retiredDone");
            } catch (ValidationException e) {
                FormFeedback.error(this, e.violations().stream()
                        .map(v -> v.translate(this::getTranslation)).collect(Collectors.joining(" ")));
            }
            refresh();
        }).open()));
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

    private void refresh() {
        byId = agencies.search("", true).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        grid.setItems(agencies.search(search.getValue(), showRetired.getValue()));
        updateButtons();
    }

    private void updateButtons() {
        boolean chosen = grid.asSingleSelect().getValue() != null;
        edit.setEnabled(chosen);
        retire.setEnabled(chosen);
    }

    private void selected(Consumer<AgencySummary> action) {
        AgencySummary agency = grid.asSingleSelect().getValue();
        if (agency != null) {
            action.accept(agency);
        }
    }
}
