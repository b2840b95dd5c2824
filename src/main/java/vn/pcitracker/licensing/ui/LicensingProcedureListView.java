package vn.pcitracker.licensing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.ShownOrder;
import vn.pcitracker.shared.ui.FormFeedback;

/** Licensing procedures with statutory and reduced days; investment officers record and correct them here. */
@Route("licensing/procedures")
@Menu(title = "licensing.LicensingProcedureListView.menu", order = 21, icon = "vaadin:diploma")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.LEADER, Role.Names.ADMIN, Role.Names.AGENCY_OFFICER})
class LicensingProcedureListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "licensing.LicensingProcedureListView.";

    private final LicensingProcedureService procedures;
    private final AgencyService agencies;
    private final ConditionalLineService lines;
    private final TextField search = new TextField();
    private final Grid<LicensingProcedureSummary> grid = new Grid<>();
    private final Map<Long, AgencySummary> agencyById;
    private final Map<Long, ConditionalLineSummary> lineById;
    private final boolean mayWrite;
    /** The view's language, which the column comparators use: the export sorts with them outside the UI lock. */
    private final Locale locale = getLocale();
    private final ShownOrder<LicensingProcedureSummary> order = new ShownOrder<>(grid);
    private final LicensingProcedureExport export;
    /** The search shown, for the download, which runs outside the UI lock. */
    private volatile String searched = "";

    LicensingProcedureListView(LicensingProcedureService procedures, AgencyService agencies,
                               ConditionalLineService lines, CurrentUser currentUser) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.lines = lines;
        this.agencyById = agencies.search("", true).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        this.lineById = lines.search("", null).stream().collect(Collectors.toMap(ConditionalLineSummary::id, Function.identity()));
        this.mayWrite = currentUser.get().map(user -> user.is(Role.INVESTMENT_OFFICER) || user.is(Role.ADMIN)).orElse(false);
        search.setPlaceholder(getTranslation(KEY + "search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation(KEY + "new"), VaadinIcon.PLUS.create(), click -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(mayWrite);
        configureGrid();
        this.export = new LicensingProcedureExport(this, locale, this::agencyName, this::lineNumbers);
        HorizontalLayout toolbar = new HorizontalLayout(search, create,
                new ExportButtons(LicensingProcedureExport.FILE_NAME, this::export));
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
        grid.addColumn(LicensingProcedureSummary::code).setHeader(getTranslation(KEY + "code"))
                .setComparator(LicensingProcedureSummary::code).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LicensingProcedureSummary::nameVi).setHeader(getTranslation(KEY + "name"))
                .setWidth("22rem").setFlexGrow(4).setResizable(true);
        grid.addColumn(this::agencyName).setHeader(getTranslation(KEY + "agency")).setComparator(this::agencyName).setFlexGrow(2);
        grid.addColumn(this::lineNumbers).setHeader(getTranslation(KEY + "lines")).setFlexGrow(1);
        grid.addColumn(LicensingProcedureSummary::statutoryDays).setHeader(getTranslation(KEY + "statutoryDays"))
                .setComparator(LicensingProcedureSummary::statutoryDays).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.reducedDays() == null ? "" : String.valueOf(p.reducedDays()))
                .setHeader(getTranslation(KEY + "reducedDays"))
                .setComparator(Comparator.comparing(LicensingProcedureSummary::reducedDays, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true).setFlexGrow(0);
        if (mayWrite) {
            grid.addItemClickListener(event -> open(event.getItem()));
        }
        grid.setSizeFull();
    }

    private void open(LicensingProcedureSummary existing) {
        List<AgencySummary> choices = new ArrayList<>(agencies.activeAgencies());
        if (existing != null && choices.stream().noneMatch(a -> a.id() == existing.issuingAgencyId())) {
            agencies.find(existing.issuingAgencyId()).ifPresent(choices::add);
        }
        new ProcedureFormDialog(existing, choices, lines.search("", null), form -> {
            if (existing == null) {
                procedures.create(form);
            } else {
                procedures.update(existing.id(), form, existing.version());
            }
            FormFeedback.success(this, KEY + "saved");
            refresh();
        }).open();
    }

    private String agencyName(LicensingProcedureSummary procedure) {
        AgencySummary agency = agencyById.get(procedure.issuingAgencyId());
        return agency == null ? "" : agency.name(locale);
    }

    private String lineNumbers(LicensingProcedureSummary procedure) {
        return procedure.lineIds().stream().map(lineById::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(ConditionalLineSummary::legalBasisCode).thenComparing(ConditionalLineSummary::number))
                .map(line -> line.legalBasisCode() + " · " + line.number())
                .collect(Collectors.joining(", "));
    }

    /** Writes the list as the export buttons do: the search shown, in the order shown. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, order.sorted(procedures.search(searched)));
    }

    private void refresh() {
        searched = search.getValue();
        grid.setItems(procedures.search(searched));
    }
}
