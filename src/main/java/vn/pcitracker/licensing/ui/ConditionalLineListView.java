package vn.pcitracker.licensing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.licensing.ConditionalLineDraft;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LegalBasisSummary;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.ShownOrder;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ui.ImportWizard;

/** The catalogue of conditional business lines per legal basis; investment officers import lines from Excel or CSV here. */
@Route("licensing/lines")
@Menu(title = "licensing.ConditionalLineListView.menu", order = 20, icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.LEADER, Role.Names.ADMIN, Role.Names.AGENCY_OFFICER})
class ConditionalLineListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "licensing.ConditionalLineListView.";

    private final ConditionalLineService lines;
    private final ImportSessions importSessions;
    private final TextField search = new TextField();
    private final Select<LegalBasisSummary> basis = new Select<>();
    private final Grid<ConditionalLineSummary> grid = new Grid<>();
    private final Map<Long, LegalBasisSummary> basisById;
    /** The view's language, which the column comparators use: the export sorts with them outside the UI lock. */
    private final Locale locale = getLocale();
    private final ShownOrder<ConditionalLineSummary> order = new ShownOrder<>(grid);
    private final ConditionalLineExport export;
    private Map<Long, ConditionalLineSummary> nextLines = Map.of();
    /** The search shown, for the download, which runs outside the UI lock. */
    private volatile Searched searched = new Searched("", null);

    private record Searched(String text, Long legalBasisId) {
    }

    ConditionalLineListView(ConditionalLineService lines, ImportSessions importSessions, CurrentUser currentUser) {
        this.lines = lines;
        this.importSessions = importSessions;
        this.basisById = lines.legalBases().stream()
                .collect(Collectors.toMap(LegalBasisSummary::id, Function.identity()));
        search.setPlaceholder(getTranslation(KEY + "search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.addValueChangeListener(event -> refresh());
        basis.setPlaceholder(getTranslation(KEY + "allBases"));
        basis.setEmptySelectionAllowed(true);
        basis.setEmptySelectionCaption(getTranslation(KEY + "allBases"));
        basis.setItems(lines.legalBases());
        basis.setItemLabelGenerator(value -> value == null ? getTranslation(KEY + "allBases") : value.name(getLocale()));
        basis.setWidth("24rem");
        basis.addValueChangeListener(event -> refresh());
        Button importButton = new Button(getTranslation(KEY + "import"), VaadinIcon.UPLOAD.create(),
                click -> openImport());
        importButton.addClassName("lines-import");
        importButton.setVisible(currentUser.get()
                .map(user -> user.is(Role.INVESTMENT_OFFICER) || user.is(Role.ADMIN)).orElse(false));
        configureGrid();
        this.export = new ConditionalLineExport(this, locale, basisById);
        HorizontalLayout toolbar = new HorizontalLayout(basis, search, importButton,
                new ExportButtons(ConditionalLineExport.FILE_NAME, this::export));
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(toolbar, grid);
        setSizeFull();
        refresh();
    }

    /** {@code ?q=} fills the search, as the import's links to the lines it wrote do. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    ImportWizard<ConditionalLineDraft> openImport() {
        ImportWizard<ConditionalLineDraft> wizard = new ImportWizard<>(importSessions, lines.importDefinition(),
                lines::previewImport, lines::importRows)
                .withPreviewColumns(this::previewColumns)
                .onImported(result -> refresh());
        wizard.open();
        return wizard;
    }

    private void previewColumns(Grid<ConditionalLineDraft> preview) {
        preview.addColumn(ConditionalLineDraft::row).setHeader(getTranslation(KEY + "row")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(ConditionalLineDraft::legalBasisCode).setHeader(getTranslation(KEY + "legalBasis"))
                .setAutoWidth(true);
        preview.addColumn(ConditionalLineDraft::number).setHeader(getTranslation(KEY + "number")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(ConditionalLineDraft::nameVi).setHeader(getTranslation(KEY + "name")).setFlexGrow(3);
        preview.addColumn(draft -> getTranslation(KEY + (draft.stored() ? "updates" : "adds")))
                .setHeader(getTranslation(KEY + "effect")).setAutoWidth(true);
    }

    private void configureGrid() {
        grid.addColumn(this::basisName).setHeader(getTranslation(KEY + "legalBasis"))
                .setComparator(this::basisName).setWidth("12rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(ConditionalLineSummary::number).setHeader(getTranslation(KEY + "number"))
                .setComparator(ConditionalLineSummary::number).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.name(getLocale())).setHeader(getTranslation(KEY + "name"))
                .setComparator(line -> line.name(locale)).setWidth("24rem").setFlexGrow(4).setResizable(true);
        grid.addColumn(line -> line.managingMinistry() == null ? "" : line.managingMinistry())
                .setHeader(getTranslation(KEY + "ministry")).setAutoWidth(true);
        grid.addColumn(this::validity).setHeader(getTranslation(KEY + "validity"))
                .setComparator(Comparator.comparing(ConditionalLineSummary::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(line -> line.nextOutcome() == null ? "" : getTranslation(line.nextOutcome().labelKey()))
                .setHeader(getTranslation(KEY + "nextOutcome")).setAutoWidth(true);
        grid.addColumn(this::becameLine).setHeader(getTranslation(KEY + "nextLine")).setWidth("16rem").setResizable(true);
        grid.setTooltipGenerator(line -> line.nextLineId() != null && nextLines.containsKey(line.nextLineId())
                ? getTranslation(KEY + "becameTooltip", nextLines.get(line.nextLineId()).name(getLocale())) : null);
        grid.setSizeFull();
    }

    private String basisName(ConditionalLineSummary line) {
        LegalBasisSummary summary = basisById.get(line.legalBasisId());
        return summary == null ? line.legalBasisCode() : summary.name(locale);
    }

    private String validity(ConditionalLineSummary line) {
        if (line.validFrom() == null && line.validTo() == null) {
            return "";
        }
        String from = line.validFrom() == null ? "…" : LocaleFormats.date(line.validFrom(), getLocale());
        String to = line.validTo() == null ? "…" : LocaleFormats.date(line.validTo(), getLocale());
        return from + " – " + to;
    }

    /** "Luật Đầu tư 2025 · số 12": the line this one became, in the later legal basis. */
    private String becameLine(ConditionalLineSummary line) {
        ConditionalLineSummary next = line.nextLineId() == null ? null : nextLines.get(line.nextLineId());
        if (next == null) {
            return "";
        }
        LegalBasisSummary nextBasis = basisById.get(next.legalBasisId());
        String basisName = nextBasis == null ? next.legalBasisCode() : nextBasis.name(getLocale());
        return getTranslation(KEY + "became", basisName, next.number());
    }

    /** Writes the list as the export buttons do: the legal basis and search shown, in the order shown. */
    void export(ExportFormat format, OutputStream out) {
        Searched now = searched;
        List<ConditionalLineSummary> found = lines.search(now.text(), now.legalBasisId());
        export.write(format, out, order.sorted(found), nextLines(found));
    }

    private void refresh() {
        searched = new Searched(search.getValue(), basis.getValue() == null ? null : basis.getValue().id());
        List<ConditionalLineSummary> found = lines.search(searched.text(), searched.legalBasisId());
        nextLines = nextLines(found);
        grid.setItems(found);
    }

    private Map<Long, ConditionalLineSummary> nextLines(List<ConditionalLineSummary> found) {
        Set<Long> nextIds = found.stream().map(ConditionalLineSummary::nextLineId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return nextIds.isEmpty() ? Map.of() : lines.findAll(nextIds).stream()
                .collect(Collectors.toMap(ConditionalLineSummary::id, Function.identity()));
    }
}
