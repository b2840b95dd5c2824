package vn.pcitracker.issue.ui;

import vn.pcitracker.shared.i18n.LocaleFormats;
import java.time.LocalDate;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.issue.ui.importing.IssueImportLauncher;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/**
 * Every recommendation the user may see, filtered and sorted. The filter lives in the URL so that a view can
 * be bookmarked and shared; investment officers also create, bulk assign and bulk extend from here.
 */
@Route("issues")
@Menu(title = "issue.IssueInboxView.menu", order = 5, icon = "vaadin:inbox")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.ASSOCIATION_REP, Role.Names.LEADER,
        Role.Names.ADMIN})
class IssueInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "issue.IssueInboxView.";

    private final IssueQueryService queries;
    private final IssueGrid grid;
    private final IssueExport export;
    private final TextField text = new TextField();
    private final MultiSelectComboBox<IssueState> states = new MultiSelectComboBox<>();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final ComboBox<IssueFieldOption> field = new ComboBox<>();
    private final ComboBox<DdciChoice> ddciComponent = new ComboBox<>();
    private final ComboBox<SubIndex> pciSubIndex = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final DatePicker from;
    private final DatePicker to;
    private final Checkbox leadAgencyOnly = new Checkbox();
    private final DatePicker answeredFrom;
    private final DatePicker answeredTo;
    private final ComboBox<IssueChannel> channel = new ComboBox<>();
    private final List<AgencySummary> agencies;
    private final List<IssueFieldOption> fields;
    private final List<DdciChoice> components;
    private final List<SubIndex> subIndices;
    private Long dialogueId;
    private LocalDate accountableFrom;
    private LocalDate accountableTo;
    private final Span accountableText = new Span();
    private final HorizontalLayout accountable = new HorizontalLayout();
    private boolean showingUrl;
    private Location location = new Location("issues");

    IssueInboxView(IssueQueryService queries, IssueService issues, IssueFieldService fieldService, AgencyService agencyService,
                   DdciService ddci, PciService pci, CurrentUser currentUser, IssueImportLauncher imports,
                   AssociationService associations, EnterpriseService enterprises) {
        this.queries = queries;
        this.grid = new IssueGrid(queries, fieldService, agencyService, IssueSort.NEWEST);
        this.export = new IssueExport(this, getLocale(), queries, grid, new ImportColumns(this, associations, ddci),
                enterprises);
        agencies = agencyService.activeAgencies();
        fields = fieldService.fields();
        components = DdciChoice.all(ddci, getLocale());
        subIndices = pci.subIndices();
        from = IssueTexts.datePicker(this, getTranslation(KEY + "from"));
        to = IssueTexts.datePicker(this, getTranslation(KEY + "to"));
        answeredFrom = IssueTexts.datePicker(this, getTranslation(KEY + "answeredFrom"));
        answeredTo = IssueTexts.datePicker(this, getTranslation(KEY + "answeredTo"));
        configureFilters();
        Button clear = new Button(getTranslation(KEY + "clear"), VaadinIcon.CLOSE_SMALL.create(), click -> {
            showQuietly(IssueFilter.none());
            filterChanged();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(text, states, agency, leadAgencyOnly, field, ddciComponent, pciSubIndex,
                channel, from, to, answeredFrom, answeredTo, overdue, accountableChip(), clear);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addItemClickListener(click -> {
            if (click.getColumn() != null) {
                open(click.getItem());
            }
        });
        HorizontalLayout actions = new HorizontalLayout();
        if (currentUser.get().filter(user -> user.is(Role.INVESTMENT_OFFICER)).isPresent()) {
            investmentActions(actions, issues);
        }
        if (imports.mayImport()) {
            Button importFile = new Button(getTranslation(KEY + "importFile"), VaadinIcon.UPLOAD.create(),
                    click -> imports.openFromInbox(result -> grid.show(grid.filter())));
            importFile.addClassName("issue-import");
            actions.add(importFile);
        }
        actions.add(new ExportButtons(IssueExport.FILE_NAME, export::write));
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(actions, filters, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        location = event.getLocation();
        IssueFilter filter = queries.fromQueryParameters(location.getQueryParameters().getParameters());
        showQuietly(filter);
        grid.show(filter);
    }

    /** Writes the list as the export buttons do: the filter and order shown, the rows this user may see. */
    void export(ExportFormat format, java.io.OutputStream out) {
        export.write(format, out);
    }

    /** Where the filter shown now can be found again: what the address bar holds. */
    Location location() {
        return location;
    }

    private void configureFilters() {
        text.setPlaceholder(getTranslation(KEY + "search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        states.setPlaceholder(getTranslation(KEY + "states"));
        states.setItems(IssueState.values());
        states.setItemLabelGenerator(state -> IssueTexts.label(this, state));
        agency.setPlaceholder(getTranslation(KEY + "agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(value -> value.name(getLocale()));
        field.setPlaceholder(getTranslation(KEY + "field"));
        field.setItems(fields);
        field.setItemLabelGenerator(value -> value.name(getLocale()));
        ddciComponent.setPlaceholder(getTranslation(KEY + "ddciComponent"));
        ddciComponent.setItems(components);
        ddciComponent.setItemLabelGenerator(DdciChoice::label);
        pciSubIndex.setPlaceholder(getTranslation(KEY + "pciSubIndex"));
        pciSubIndex.setItems(subIndices);
        pciSubIndex.setItemLabelGenerator(value -> value.name(getLocale()));
        channel.setPlaceholder(getTranslation(KEY + "channel"));
        channel.setItems(IssueChannel.values());
        channel.setItemLabelGenerator(value -> IssueTexts.label(this, value));
        overdue.setLabel(getTranslation(KEY + "overdue"));
        leadAgencyOnly.setLabel(getTranslation(KEY + "leadAgencyOnly"));
        from.setPlaceholder(getTranslation(KEY + "from"));
        to.setPlaceholder(getTranslation(KEY + "to"));
        answeredFrom.setPlaceholder(getTranslation(KEY + "answeredFrom"));
        answeredTo.setPlaceholder(getTranslation(KEY + "answeredTo"));
        for (ComboBox<?> box : List.of(agency, field, ddciComponent, pciSubIndex, channel)) {
            box.setClearButtonVisible(true);
        }
        states.setClearButtonVisible(true);
        for (DatePicker date : List.of(from, to, answeredFrom, answeredTo)) {
            date.setClearButtonVisible(true);
        }
        List.<HasValue<?, ?>>of(text, states, agency, leadAgencyOnly, field, ddciComponent, pciSubIndex, overdue, from, to,
                        answeredFrom, answeredTo, channel)
                .forEach(input -> input.addValueChangeListener(event -> {
                    if (!showingUrl) {
                        filterChanged();
                    }
                }));
    }

    private void investmentActions(HorizontalLayout actions, IssueService issues) {
        Button create = new Button(getTranslation(KEY + "new"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(NewIssueView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Button assign = new Button(getTranslation(KEY + "assignSelected"), click -> new BulkAssignDialog(agencies, selected(),
                (ids, assignment) -> issues.assignAll(ids, assignment), this::bulkDone).open());
        Button extend = new Button(getTranslation(KEY + "extendSelected"), click -> new BulkExtendDialog(selected(),
                (ids, days, reason) -> issues.extendAll(ids, days, reason), this::bulkDone).open());
        assign.setEnabled(false);
        extend.setEnabled(false);
        grid.addSelectionListener(event -> {
            assign.setEnabled(!event.getAllSelectedItems().isEmpty());
            extend.setEnabled(!event.getAllSelectedItems().isEmpty());
        });
        actions.add(create, assign, extend);
    }

    /**
     * Decision 766's population of a period has no input of its own (the dashboard's satisfaction card sets it): it
     * shows as a chip saying what the list holds, removable like any filter.
     */
    private HorizontalLayout accountableChip() {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            accountableFrom = null;
            accountableTo = null;
            filterChanged();
            showAccountable();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation(KEY + "accountableRemove"));
        remove.addClassName("accountable-remove");
        accountable.add(accountableText, remove);
        accountable.addClassName("accountable-filter");
        accountable.setAlignItems(FlexComponent.Alignment.CENTER);
        accountable.setVisible(false);
        return accountable;
    }

    private void showAccountable() {
        boolean set = accountableFrom != null && accountableTo != null;
        accountable.setVisible(set);
        accountableText.setText(set ? getTranslation(KEY + "accountable", LocaleFormats.date(accountableFrom, getLocale()),
                LocaleFormats.date(accountableTo, getLocale())) : "");
    }

    private Set<Long> selected() {
        return grid.getSelectedItems().stream().map(IssueListItem::id).collect(Collectors.toSet());
    }

    private void bulkDone() {
        grid.deselectAll();
        grid.show(grid.filter());
    }

    private void open(IssueListItem item) {
        UI.getCurrent().navigate(IssueDetailView.class, new RouteParameters("id", String.valueOf(item.id())));
    }

    private IssueFilter filterOfInputs() {
        String search = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        Long agencyId = agency.getValue() == null ? null : agency.getValue().id();
        IssueFilter filter = IssueFilter.none().withText(search)
                .withStates(states.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(states.getValue()))
                .withField(field.getValue() == null ? null : field.getValue().id())
                .withDdciComponent(ddciComponent.getValue() == null ? null : ddciComponent.getValue().id())
                .withPciSubIndex(pciSubIndex.getValue() == null ? null : pciSubIndex.getValue().code())
                .withOverdue(Boolean.TRUE.equals(overdue.getValue()) ? Boolean.TRUE : null)
                .withReceived(from.getValue(), to.getValue())
                .withAnswered(answeredFrom.getValue(), answeredTo.getValue())
                .withChannel(channel.getValue()).withDialogue(dialogueId)
                .withAccountableIn(accountableFrom, accountableTo);
        return leadAgencyOnly.getValue() ? filter.withLeadAgency(agencyId) : filter.withAgency(agencyId);
    }

    private void show(IssueFilter filter) {
        dialogueId = filter.dialogueId();
        accountableFrom = filter.accountableFrom();
        accountableTo = filter.accountableTo();
        showAccountable();
        text.setValue(filter.text() == null ? "" : filter.text());
        states.setValue(filter.states() == null ? Set.of() : filter.states());
        agency.setValue(find(agencies, AgencySummary::id, filter.agencyId()));
        field.setValue(find(fields, IssueFieldOption::id, filter.fieldId()));
        ddciComponent.setValue(find(components, DdciChoice::id, filter.ddciComponentId()));
        pciSubIndex.setValue(find(subIndices, SubIndex::code, filter.pciSubIndexCode()));
        overdue.setValue(Boolean.TRUE.equals(filter.overdue()));
        leadAgencyOnly.setValue(filter.leadAgencyOnly());
        from.setValue(filter.from());
        to.setValue(filter.to());
        answeredFrom.setValue(filter.answeredFrom());
        answeredTo.setValue(filter.answeredTo());
        channel.setValue(filter.channel());
    }

    private void showQuietly(IssueFilter filter) {
        showingUrl = true;
        try {
            show(filter);
        } finally {
            showingUrl = false;
        }
    }

    /**
     * The address bar follows the filter without a new navigation, which would rebuild the view and take the
     * focus away from the search field while the user types.
     */
    private void filterChanged() {
        IssueFilter filter = filterOfInputs();
        location = new Location(RouteConfiguration.forSessionScope().getUrl(IssueInboxView.class),
                new QueryParameters(queries.toQueryParameters(filter)));
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
        boolean tooShort = filter.text() != null && !filter.text().isBlank() && !IssueFilter.appliesText(filter.text());
        text.setHelperText(tooShort ? getTranslation(KEY + "searchTooShort", IssueFilter.MIN_TEXT_LENGTH) : null);
        grid.show(filter);
    }

    private static <T, K> T find(List<T> values, java.util.function.Function<T, K> key, K wanted) {
        return wanted == null ? null : values.stream().filter(value -> Objects.equals(key.apply(value), wanted)).findFirst().orElse(null);
    }
}
