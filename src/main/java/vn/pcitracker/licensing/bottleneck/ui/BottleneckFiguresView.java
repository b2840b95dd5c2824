package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.pcitracker.licensing.bottleneck.BottleneckFigureService;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.licensing.bottleneck.FigureRow;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/**
 * Figures of the register per agency and per conditional line: statutory vs reduced vs actual days (before and after
 * fixes) as a bar chart and a table, and the days saved by fixes with the formula on screen
 * ({@link BottleneckFigureService} defines it).
 */
@Route("bottlenecks/figures")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.ASSOCIATION_REP, Role.Names.LEADER,
        Role.Names.ADMIN})
class BottleneckFiguresView extends VerticalLayout implements HasDynamicTitle {

    private static final String KEY = "licensing.BottleneckFiguresView.";

    private final BottleneckFigureService figures;
    private final BottleneckChoices.Lists lists;
    private final String noLine;
    private final BottleneckFiguresExport byAgencyExport;
    private final BottleneckFiguresExport byLineExport;

    BottleneckFiguresView(BottleneckFigureService figures, BottleneckChoices choices) {
        this.figures = figures;
        this.lists = choices.read(getLocale());
        this.noLine = getTranslation(KEY + "noLine");
        this.byAgencyExport = new BottleneckFiguresExport(this, getLocale(), "agency", this::agencyLabel);
        this.byLineExport = new BottleneckFiguresExport(this, getLocale(), "line", this::lineLabel);
        Paragraph formula = BottleneckView.paragraph(getTranslation(KEY + "formula"));
        formula.addClassName("bottleneck-formula");
        List<FigureRow> byAgency = figures.byAgency(BottleneckFilter.none());
        List<FigureRow> byLine = figures.byLine(BottleneckFilter.none());
        add(new H2(getTranslation(KEY + "title")), formula,
                new H3(getTranslation(KEY + "byAgency")), chart(byAgency, this::agencyLabel, "agency-chart"),
                new ExportButtons(BottleneckFiguresExport.BY_AGENCY_FILE, this::exportByAgency),
                table(byAgency, this::agencyLabel, "agency-figures"),
                new H3(getTranslation(KEY + "byLine")), chart(byLine, this::lineLabel, "line-chart"),
                new ExportButtons(BottleneckFiguresExport.BY_LINE_FILE, this::exportByLine),
                table(byLine, this::lineLabel, "line-figures"));
        setMaxWidth("80rem");
    }

    /** Writes the table per agency as its export buttons do, with the figures of now. */
    void exportByAgency(ExportFormat format, OutputStream out) {
        byAgencyExport.write(format, out, figures.byAgency(BottleneckFilter.none()));
    }

    /** Writes the table per conditional line as its export buttons do, with the figures of now. */
    void exportByLine(ExportFormat format, OutputStream out) {
        byLineExport.write(format, out, figures.byLine(BottleneckFilter.none()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    private String agencyLabel(FigureRow row) {
        return lists.agencyName(row.groupId());
    }

    private String lineLabel(FigureRow row) {
        return row.groupId() == null ? noLine
                : lists.line(row.groupId()).map(lists::lineLabel).orElse("#" + row.groupId());
    }

    private Component chart(List<FigureRow> rows, Function<FigureRow, String> label, String className) {
        ChartOption option = ChartOption.builder()
                .title(Title.of(getTranslation(KEY + "chartTitle")))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .xAxis(Axis.category(rows.stream().map(label).toList()).withEveryLabelWrappedAt(110))
                .yAxis(Axis.value().withName(getTranslation(KEY + "daysAxis")))
                .series(series("statutory", rows, FigureRow::meanStatutoryDays), series("reduced", rows, FigureRow::meanReducedDays),
                        series("before", rows, FigureRow::meanDaysBefore), series("after", rows, FigureRow::meanDaysAfter))
                .build();
        ECharts chart = new ECharts(option);
        chart.addClassName(className);
        chart.setWidthFull();
        chart.setHeight("380px");
        return chart;
    }

    private BarSeries series(String name, List<FigureRow> rows, Function<FigureRow, BigDecimal> value) {
        return BarSeries.of(getTranslation(KEY + name), rows.stream().map(value).map(v -> v == null ? null : v.doubleValue()).toList());
    }

    private Grid<FigureRow> table(List<FigureRow> rows, Function<FigureRow, String> label, String className) {
        Grid<FigureRow> grid = new Grid<>();
        grid.addClassName(className);
        grid.addColumn(label::apply).setHeader(getTranslation(KEY + "group")).setWidth("16rem").setFlexGrow(3)
                .setResizable(true).setTooltipGenerator(label::apply);
        grid.addColumn(FigureRow::bottlenecks).setHeader(getTranslation(KEY + "count")).setAutoWidth(true);
        column(grid, "statutory", FigureRow::meanStatutoryDays);
        column(grid, "reduced", FigureRow::meanReducedDays);
        column(grid, "before", FigureRow::meanDaysBefore);
        column(grid, "after", FigureRow::meanDaysAfter);
        grid.addColumn(FigureRow::fixesCounted).setHeader(getTranslation(KEY + "fixesCounted")).setAutoWidth(true);
        column(grid, "daysSaved", FigureRow::daysSaved);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void column(Grid<FigureRow> grid, String name, Function<FigureRow, BigDecimal> value) {
        grid.addColumn(row -> BottleneckTexts.days(value.apply(row), getLocale())).setHeader(getTranslation(KEY + name))
                .setAutoWidth(true);
    }
}
