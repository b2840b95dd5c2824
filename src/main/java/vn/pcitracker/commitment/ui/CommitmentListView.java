package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.pcitracker.commitment.CommitmentFilter;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.CommitmentSummary;
import vn.pcitracker.commitment.RetiredCommitmentService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/**
 * The commitments the user may read, with their score and warnings; investment officers start new ones here and
 * look back at the retired ones ({@link RetiredCommitmentsDialog}).
 */
@Route("commitments")
@Menu(title = "commitment.CommitmentListView.menu", order = 25, icon = "vaadin:handshake")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.LEADER, Role.Names.ADMIN})
class CommitmentListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "commitment.CommitmentListView.";

    private final CommitmentService commitments;
    private final Map<Long, AgencySummary> agencies;
    private final Grid<CommitmentSummary> grid = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final TextField search = new TextField();
    private final CommitmentExport export;
    private volatile CommitmentFilter filter;

    CommitmentListView(CommitmentService commitments, RetiredCommitmentService retired, AgencyService agencyService,
                       CurrentUser currentUser) {
        this.commitments = commitments;
        this.agencies = agencyService.search("", true).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed().sorted(Comparator.reverseOrder()).toList());
        year.setPlaceholder(getTranslation(KEY + "year"));
        year.setClearButtonVisible(true);
        year.addClassName("commitment-year-filter");
        agency.setItems(agencyService.activeAgencies());
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        agency.setPlaceholder(getTranslation(KEY + "agency"));
        agency.setClearButtonVisible(true);
        agency.setWidth("20rem");
        search.setPlaceholder(getTranslation(KEY + "search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        List.of(year, agency).forEach(filter -> filter.addValueChangeListener(event -> refresh()));
        search.addValueChangeListener(event -> refresh());
        this.export = new CommitmentExport(this, getLocale(), agencies);
        HorizontalLayout toolbar = new HorizontalLayout(search, year, agency,
                new ExportButtons(CommitmentExport.FILE_NAME, this::export));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (currentUser.get().filter(user -> user.is(Role.INVESTMENT_OFFICER) || user.is(Role.ADMIN)).isPresent()) {
            Button create = new Button(getTranslation(KEY + "new"), VaadinIcon.PLUS.create(),
                    click -> UI.getCurrent().navigate(CommitmentFormView.class));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("commitment-new");
            toolbar.addComponentAsFirst(create);
            Button showRetired = new Button(getTranslation(KEY + "retired"), VaadinIcon.ARCHIVE.create(),
                    click -> new RetiredCommitmentsDialog(retired, this::refresh).open());
            showRetired.addClassName("commitment-show-retired");
            toolbar.add(showRetired);
        }
        configureGrid();
        add(toolbar, grid);
        setSizeFull();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private void configureGrid() {
        grid.addColumn(CommitmentSummary::title).setHeader(getTranslation(KEY + "titleColumn")).setFlexGrow(4)
                .setResizable(true);
        grid.addColumn(c -> CommitmentTexts.period(c.periodFrom(), c.periodTo(), getLocale()))
                .setHeader(getTranslation(KEY + "period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> CommitmentTexts.agencyName(c.signingAgencyId(), agencies, getLocale()) + " · " + c.signerTitle())
                .setHeader(getTranslation(KEY + "signer")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(KEY + "counts", c.unitCount(), c.criterionCount()))
                .setHeader(getTranslation(KEY + "size")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::progress).setHeader(getTranslation(KEY + "score")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(c -> c.score() == null ? -1 : c.score());
        grid.addComponentColumn(this::flags).setHeader(getTranslation(KEY + "flags")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(CommitmentView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        grid.setEmptyStateText(getTranslation(KEY + "empty"));
        grid.setSizeFull();
    }

    private Component progress(CommitmentSummary commitment) {
        if (commitment.score() == null) {
            return new Span();
        }
        return CommitmentTexts.bar(commitment.score() / 100, CommitmentTexts.score(commitment.score(), getLocale()) + " / 100");
    }

    private Component flags(CommitmentSummary commitment) {
        Span synthetic = new Span(commitment.synthetic() ? getTranslation(KEY + "synthetic") : "");
        if (commitment.flagCount() == 0) {
            return synthetic;
        }
        HorizontalLayout layout = new HorizontalLayout(CommitmentTexts.warning(getTranslation(KEY + "flagCount",
                commitment.flagCount())), synthetic);
        layout.setSpacing(true);
        return layout;
    }

    private void refresh() {
        filter = new CommitmentFilter(year.getValue(), agency.getValue() == null ? null : agency.getValue().id(),
                search.getValue());
        grid.setItems(commitments.search(filter));
    }

    /** Writes the list as the export buttons do: the filter shown, the commitments this user may read. */
    void export(ExportFormat format, java.io.OutputStream out) {
        export.write(format, out, commitments, filter);
    }
}
