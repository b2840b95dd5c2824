package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.DdciImportRow;
import vn.pcitracker.indicator.DdciResultService;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.indicator.UnitNames;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.ShownOrder;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.ui.ImportWizard;
import vn.pcitracker.shared.ui.echarts.ECharts;

/**
 * Official DDCI results per unit level and year, with sort and search, and the selected unit's trend over the
 * years. Agency officers see only their own agency's results (the service filters them).
 */
@Route("ddci/results")
@Menu(title = "indicator.DdciResultsView.menu", order = 61, icon = "vaadin:trophy")
@RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER, Role.Names.LEADER, Role.Names.AGENCY_OFFICER})
class DdciResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "indicator.DdciResultsView.";

    private final DdciResultService results;
    private final ImportSessions importSessions;
    private final Select<UnitLevel> level = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final TextField search = new TextField();
    private final Grid<DdciResultSummary> grid = new Grid<>();
    private final Div trend = new Div();
    private final ShownOrder<DdciResultSummary> order = new ShownOrder<>(grid);
    private final DdciResultsExport export;
    private List<DdciResultSummary> shown = List.of();
    /** What the list shows, for the download, which runs outside the UI lock. */
    private volatile Listed listed = new Listed(null, null, null);

    /** The level, year and search of the list; null level or year: nothing is listed. */
    private record Listed(UnitLevel level, Integer year, String search) {
    }

    DdciResultsView(DdciResultService results, ImportSessions importSessions, AuthenticationContext authentication) {
        this.results = results;
        this.importSessions = importSessions;
        setSizeFull();
        level.setLabel(getTranslation(KEY + "level"));
        level.setItems(UnitLevel.values());
        level.setItemLabelGenerator(value -> getTranslation("indicator.UnitLevel." + value.name()));
        level.addValueChangeListener(event -> showYears());
        year.setLabel(getTranslation(KEY + "year"));
        year.addValueChangeListener(event -> showResults());
        search.setLabel(getTranslation(KEY + "search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> filter());
        this.export = new DdciResultsExport(this, getLocale());
        HorizontalLayout toolbar = new HorizontalLayout(level, year, search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.INVESTMENT_OFFICER)) {
            toolbar.add(importButton());
        }
        toolbar.add(new ExportButtons(DdciResultsExport.FILE_NAME, this::export));
        configureGrid();
        trend.setWidthFull();
        add(new H2(getTranslation(KEY + "title")), new Paragraph(getTranslation(KEY + "intro")), toolbar, grid, trend);
        level.setValue(UnitLevel.DEPARTMENT);
    }

    /** {@code ?level=&year=&q=} opens a level, a year and a search, as the import's links to what it wrote do. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("level").flatMap(DdciResultsView::level).ifPresent(level::setValue);
        query.getSingleParameter("year").flatMap(DdciResultsView::number)
                .filter(value -> year.getListDataView().contains(value)).ifPresent(year::setValue);
        query.getSingleParameter("q").ifPresent(search::setValue);
    }

    private static Optional<UnitLevel> level(String name) {
        return Arrays.stream(UnitLevel.values()).filter(value -> value.name().equals(name)).findFirst();
    }

    private static Optional<Integer> number(String text) {
        return text.matches("\\d{4}") ? Optional.of(Integer.valueOf(text)) : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private void configureGrid() {
        grid.addColumn(result -> result.rank() == null ? "" : String.valueOf(result.rank()))
                .setHeader(getTranslation(KEY + "rank")).setKey("rank").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(DdciResultSummary::rank,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(this::unitCell).setHeader(getTranslation(KEY + "unit")).setKey("unit").setFlexGrow(2)
                .setComparator(Comparator.comparing(DdciResultSummary::unitName));
        grid.addColumn(result -> LocaleFormats.decimal(result.score(), 2, getLocale()))
                .setHeader(getTranslation(KEY + "score")).setKey("score").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(DdciResultSummary::score));
        grid.addColumn(result -> result.band() == null ? "" : result.band())
                .setHeader(getTranslation(KEY + "band")).setKey("band").setAutoWidth(true).setSortable(true);
        grid.addColumn(this::componentScores).setHeader(getTranslation(KEY + "components")).setFlexGrow(2);
        grid.addComponentColumn(this::sourceCell).setHeader(getTranslation(KEY + "source")).setFlexGrow(2);
        grid.setHeight("24rem");
        grid.addSelectionListener(event -> showTrend(event.getFirstSelectedItem().orElse(null)));
    }

    private Component unitCell(DdciResultSummary result) {
        HorizontalLayout cell = new HorizontalLayout(FlexComponent.Alignment.CENTER, new Span(result.unitName()));
        if (result.synthetic()) {
            Badge badge = new Badge(getTranslation(KEY + "synthetic"));
            badge.addThemeVariants(BadgeVariant.WARNING);
            cell.add(badge);
        }
        return cell;
    }

    private String componentScores(DdciResultSummary result) {
        return result.componentScores().entrySet().stream()
                .map(entry -> entry.getKey() + " " + LocaleFormats.decimal(entry.getValue(), 2, getLocale()))
                .collect(Collectors.joining("; "));
    }

    private Component sourceCell(DdciResultSummary result) {
        String document = result.sourceDocument() == null ? getTranslation(KEY + "sourceLink") : result.sourceDocument();
        if (result.sourceUrl() == null) {
            return new Span(result.sourceDocument() == null ? "" : result.sourceDocument());
        }
        return SourceLink.of(result.sourceUrl(), document);
    }

    private void showYears() {
        List<Integer> years = level.getValue() == null ? List.of() : results.years(level.getValue());
        year.setItems(years);
        if (years.isEmpty()) {
            year.clear();
            showResults();
        } else {
            year.setValue(years.getFirst());
        }
    }

    private void showResults() {
        shown = level.getValue() == null || year.getValue() == null ? List.of()
                : results.results(level.getValue(), year.getValue());
        filter();
    }

    /** Writes the list as the export buttons do: the level, year and search shown, in the order shown. */
    void export(ExportFormat format, OutputStream out) {
        Listed now = listed;
        List<DdciResultSummary> rows = now.level() == null || now.year() == null ? List.of()
                : matching(results.results(now.level(), now.year()), now.search());
        export.write(format, out, order.sorted(rows));
    }

    private static List<DdciResultSummary> matching(List<DdciResultSummary> results, String search) {
        String key = UnitNames.key(search);
        return key == null ? results : results.stream().filter(result -> UnitNames.key(result.unitName()).contains(key)).toList();
    }

    private void filter() {
        listed = new Listed(level.getValue(), year.getValue(), search.getValue());
        List<DdciResultSummary> matching = matching(shown, search.getValue());
        grid.setItems(matching);
        if (matching.isEmpty()) {
            showTrend(null);
        } else {
            grid.select(matching.getFirst());
        }
    }

    private void showTrend(DdciResultSummary selected) {
        trend.removeAll();
        if (selected != null) {
            ECharts chart = DdciTrendChart.chart(DdciTrendChart.option(selected.unitName(),
                    results.trend(selected.id()), this::getTranslation));
            trend.add(chart);
        } else if (shown.isEmpty()) {
            trend.add(new Paragraph(getTranslation(KEY + "none")));
        }
    }

    private Button importButton() {
        Button button = new Button(getTranslation(KEY + "import"), VaadinIcon.UPLOAD.create(), click -> openImport());
        button.addClassName("ddci-import");
        return button;
    }

    ImportWizard<DdciImportRow> openImport() {
        ImportWizard<DdciImportRow> wizard = new ImportWizard<>(importSessions, results.importDefinition(),
                results::previewImport, results::importRows)
                .withPreviewColumns(grid -> DdciImportColumns.add(grid, getLocale()))
                .onImported(result -> showYears());
        wizard.open();
        return wizard;
    }
}
