package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LegalBasisSummary;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.licensing.bottleneck.BottleneckListItem;
import vn.pcitracker.licensing.bottleneck.BottleneckQueryService;
import vn.pcitracker.licensing.bottleneck.BottleneckService;
import vn.pcitracker.licensing.bottleneck.BottleneckSort;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.Role;

/**
 * The bottleneck register the user may see, filtered (kept in the URL, so a view can be bookmarked), sorted and
 * exported as CSV. With {@code ?attach=<recommendation code>} a click on a row attaches that recommendation.
 */
@Route("bottlenecks")
@Menu(title = "licensing.BottleneckRegisterView.menu", order = 22, icon = "vaadin:road-branches")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.ASSOCIATION_REP, Role.Names.LEADER,
        Role.Names.ADMIN})
class BottleneckRegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "licensing.BottleneckRegisterView.";

    private final BottleneckQueryService queries;
    private final BottleneckService bottlenecks;
    private final IssueService issues;
    private final BottleneckChoices.Lists lists;
    private final BottleneckGrid grid;
    private final TextField text = new TextField();
    private final MultiSelectComboBox<BottleneckState> states = new MultiSelectComboBox<>();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final ComboBox<BottleneckCause> cause = new ComboBox<>();
    private final ComboBox<LegalBasisSummary> basis = new ComboBox<>();
    private final ComboBox<ConditionalLineSummary> line = new ComboBox<>();
    private final ComboBox<LicensingProcedureSummary> procedure = new ComboBox<>();
    private final Paragraph attachBanner = new Paragraph();
    private IssueDetails attaching;
    private boolean showingUrl;

    BottleneckRegisterView(BottleneckQueryService queries, BottleneckService bottlenecks, IssueService issues,
                           BottleneckChoices choices) {
        this.queries = queries;
        this.bottlenecks = bottlenecks;
        this.issues = issues;
        this.lists = choices.read(getLocale());
        this.grid = new BottleneckGrid(queries, lists);
        configureFilters();
        Button clear = new Button(getTranslation(KEY + "clear"), VaadinIcon.CLOSE_SMALL.create(), click -> {
            showQuietly(BottleneckFilter.none());
            filterChanged();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(text, states, agency, cause, basis, line, procedure, clear);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addItemClickListener(click -> clicked(click.getItem()));
        attachBanner.addClassName("bottleneck-attach-banner");
        attachBanner.setVisible(false);
        add(actions(), attachBanner, filters, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        attaching = parameters.getSingleParameter("attach").flatMap(issues::findByCode)
                .filter(issue -> bottlenecks.mayCreate()).orElse(null);
        attachBanner.setVisible(attaching != null);
        if (attaching != null) {
            attachBanner.setText(getTranslation(KEY + "attachBanner", attaching.code(), attaching.title()));
        }
        BottleneckFilter filter = BottleneckFilterParameters.read(parameters.getParameters());
        showQuietly(filter);
        grid.show(filter);
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        if (bottlenecks.mayCreate()) {
            Button create = new Button(getTranslation(KEY + "new"), VaadinIcon.PLUS.create(),
                    click -> UI.getCurrent().navigate(NewBottleneckView.class));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(create);
        }
        BottleneckExport export = new BottleneckExport(this, lists);
        actions.add(new ExportButtons(BottleneckExport.FILE_NAME,
                (format, out) -> export.write(format, out, queries, grid.filter())));
        Anchor figures = new Anchor("bottlenecks/figures", getTranslation(KEY + "figures"));
        figures.getElement().setAttribute("router-link", true);
        actions.add(figures);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation(KEY + "search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        states.setPlaceholder(getTranslation(KEY + "states"));
        states.setItems(BottleneckState.values());
        states.setItemLabelGenerator(state -> BottleneckTexts.label(this, state));
        states.setClearButtonVisible(true);
        setUp(agency, "agency", lists.allAgencies(), a -> a.name(getLocale()));
        setUp(cause, "cause", List.of(BottleneckCause.values()), c -> BottleneckTexts.label(this, c));
        setUp(basis, "basis", lists.bases(), b -> b.code());
        setUp(line, "line", lists.lines(), lists::lineLabel);
        setUp(procedure, "procedure", lists.procedures(), p -> p.code() + " · " + p.nameVi());
        List.<HasValue<?, ?>>of(text, states, agency, cause, basis, line, procedure)
                .forEach(input -> input.addValueChangeListener(event -> {
                    if (!showingUrl) {
                        filterChanged();
                    }
                }));
    }

    private <T> void setUp(ComboBox<T> box, String name, List<T> items, ItemLabelGenerator<T> label) {
        box.setPlaceholder(getTranslation(KEY + name));
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
    }

    private void clicked(BottleneckListItem item) {
        if (attaching == null) {
            UI.getCurrent().navigate(BottleneckView.class, new RouteParameters("id", String.valueOf(item.id())));
            return;
        }
        IssueDetails issue = attaching;
        ConfirmDialog.open(this, getTranslation(KEY + "attachConfirm", issue.code(), item.code()), () -> {
            bottlenecks.linkIssue(item.id(), issue.id());
            UI.getCurrent().navigate(BottleneckView.class, new RouteParameters("id", String.valueOf(item.id())));
        });
    }

    private BottleneckFilter filterOfInputs() {
        return new BottleneckFilter(text.getValue(), states.getValue().isEmpty() ? null : EnumSet.copyOf(states.getValue()),
                id(agency.getValue(), AgencySummary::id), cause.getValue(), id(basis.getValue(), LegalBasisSummary::id),
                id(line.getValue(), ConditionalLineSummary::id), id(procedure.getValue(), LicensingProcedureSummary::id));
    }

    private void show(BottleneckFilter filter) {
        text.setValue(filter.text() == null ? "" : filter.text());
        states.setValue(filter.states());
        agency.setValue(find(lists.allAgencies(), AgencySummary::id, filter.agencyId()));
        cause.setValue(filter.cause());
        basis.setValue(find(lists.bases(), LegalBasisSummary::id, filter.legalBasisId()));
        line.setValue(find(lists.lines(), ConditionalLineSummary::id, filter.lineId()));
        procedure.setValue(find(lists.procedures(), LicensingProcedureSummary::id, filter.procedureId()));
    }

    private void showQuietly(BottleneckFilter filter) {
        showingUrl = true;
        try {
            show(filter);
        } finally {
            showingUrl = false;
        }
    }

    /** The address bar follows the filter without a new navigation, which would take the focus from the search. */
    private void filterChanged() {
        BottleneckFilter filter = filterOfInputs();
        QueryParameters parameters = new QueryParameters(BottleneckFilterParameters.write(filter));
        if (attaching != null) {
            parameters = parameters.merging("attach", attaching.code());
        }
        Location location = new Location(RouteConfiguration.forSessionScope().getUrl(BottleneckRegisterView.class), parameters);
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
        grid.show(filter);
    }

    private static <T> Long id(T value, Function<T, Long> id) {
        return value == null ? null : id.apply(value);
    }

    private static <T, K> T find(List<T> values, Function<T, K> key, K wanted) {
        return wanted == null ? null : values.stream().filter(v -> Objects.equals(key.apply(v), wanted)).findFirst().orElse(null);
    }
}
