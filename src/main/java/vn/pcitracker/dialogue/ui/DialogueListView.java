package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.dialogue.DialogueKind;
import vn.pcitracker.dialogue.DialogueService;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/** The dialogue sessions held, newest first; investment officers log new ones here. */
@Route("dialogues")
@Menu(title = "dialogue.DialogueListView.menu", order = 10, icon = "vaadin:group")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.LEADER, Role.Names.ADMIN, Role.Names.AGENCY_OFFICER})
class DialogueListView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "dialogue.DialogueListView.";

    private final DialogueService dialogues;
    private final TextField search = new TextField();
    private final Select<DialogueKind> kind = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Grid<DialogueSummary> grid = new Grid<>();
    private final Map<Long, AgencySummary> agencyById;
    private final DialogueExport export;
    private volatile Filter filter = new Filter(null, null, null);

    /** The search and filters the grid shows, kept for the download, which reads them outside the UI's lock. */
    private record Filter(String text, DialogueKind kind, Integer year) {
    }

    DialogueListView(DialogueService dialogues, AgencyService agencies, AssociationService associations,
                     CurrentUser currentUser) {
        this.dialogues = dialogues;
        this.agencyById = agencies.search("", true).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        search.setPlaceholder(getTranslation(KEY + "search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh());
        kind.setPlaceholder(getTranslation(KEY + "allKinds"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation(KEY + "allKinds"));
        kind.setItems(DialogueKind.values());
        kind.setItemLabelGenerator(value -> value == null ? getTranslation(KEY + "allKinds") : getTranslation(value.labelKey()));
        kind.addValueChangeListener(event -> refresh());
        year.setPlaceholder(getTranslation(KEY + "year"));
        year.setClearButtonVisible(true);
        year.setStepButtonsVisible(true);
        year.setMin(1990);
        year.addValueChangeListener(event -> refresh());
        Button create = new Button(getTranslation(KEY + "new"), VaadinIcon.PLUS.create(),
                click -> SessionEditing.dialog(null, agencies, associations, form -> {
                    dialogues.create(form);
                    FormFeedback.success(this, KEY + "saved");
                    refresh();
                }).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(SessionEditing.mayWrite(currentUser));
        configureGrid();
        export = new DialogueExport(this, getLocale(), agencyById.values().stream().collect(Collectors.toMap(
                AgencySummary::id, agency -> agency.name(getLocale()))), associations.search("", true).stream()
                .collect(Collectors.toMap(AssociationSummary::id, association -> association.name(getLocale()))));
        HorizontalLayout toolbar = new HorizontalLayout(search, kind, year, create,
                new ExportButtons(DialogueExport.FILE_NAME, this::export));
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
        grid.addColumn(session -> LocaleFormats.date(session.heldOn(), getLocale()))
                .setHeader(getTranslation(KEY + "heldOn")).setComparator(DialogueSummary::heldOn).setAutoWidth(true);
        grid.addColumn(session -> getTranslation(session.kind().labelKey())).setHeader(getTranslation(KEY + "kind"))
                .setComparator(session -> getTranslation(session.kind().labelKey())).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DialogueSummary::title).setHeader(getTranslation(KEY + "sessionTitle"))
                .setComparator(DialogueSummary::title).setWidth("24rem").setFlexGrow(4).setResizable(true);
        grid.addColumn(this::hostName).setHeader(getTranslation(KEY + "hostAgency"))
                .setComparator(this::hostName).setFlexGrow(2);
        grid.addColumn(session -> session.firmsAttending() == null ? "" : LocaleFormats.integer(session.firmsAttending(), getLocale()))
                .setHeader(getTranslation(KEY + "firmsAttending"))
                .setComparator(Comparator.comparing(DialogueSummary::firmsAttending, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(DialogueView.class,
                new RouteParameters(DialogueView.ID, String.valueOf(event.getItem().id())))));
        grid.setSizeFull();
    }

    private String hostName(DialogueSummary session) {
        AgencySummary host = agencyById.get(session.hostAgencyId());
        return host == null ? "" : host.name(getLocale());
    }

    /** Writes the list as the export buttons do: the sessions of the search and filters shown. */
    void export(ExportFormat format, OutputStream out) {
        Filter shown = filter;
        export.write(format, out, dialogues.list(shown.text(), shown.kind(), shown.year()));
    }

    private void refresh() {
        filter = new Filter(search.getValue(), kind.getValue(), year.getValue());
        grid.setItems(dialogues.list(filter.text(), filter.kind(), filter.year()));
    }
}
