package vn.pcitracker.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pcitracker.issue.AgencyComponentCount;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Grid;
import vn.pcitracker.shared.ui.echarts.HeatmapSeries;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;
import vn.pcitracker.shared.ui.echarts.VisualMap;

/**
 * Open recommendations per lead agency (rows) and linked DDCI component (columns): where the open items weigh on the
 * province's DDCI. A cell opens the agency's open recommendations linked to that component.
 */
final class OpenHeatMap {

    private static final List<String> SCALE = List.of("#e8f1fb", "#f7c97f", "#c0392b");

    private final Section section;
    private final List<AgencyComponentCount> cells;

    OpenHeatMap(Section section) {
        this.section = section;
        this.cells = section.figures().recommendations().openByAgencyAndComponent();
    }

    ECharts chart() {
        Map<Long, String> components = new LinkedHashMap<>();
        cells.stream().sorted(Comparator.comparing(AgencyComponentCount::componentCode))
                .forEach(cell -> components.putIfAbsent(cell.componentId(), componentName(cell)));
        Map<Long, String> agencies = new LinkedHashMap<>();
        cells.stream().sorted(Comparator.comparing(this::agencyName))
                .forEach(cell -> agencies.putIfAbsent(cell.agencyId(), agencyName(cell)));
        List<Long> columns = List.copyOf(components.keySet());
        List<Long> rows = List.copyOf(agencies.keySet());
        List<List<Number>> data = new ArrayList<>();
        cells.forEach(cell -> data.add(List.of(columns.indexOf(cell.componentId()), rows.indexOf(cell.agencyId()), cell.count())));
        long max = cells.stream().mapToLong(AgencyComponentCount::count).max().orElse(1);
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.OpenHeatMap.title")).withSubtext(section.text("dashboard.OpenHeatMap.subtitle")))
                .tooltip(Tooltip.item()).grid(new Grid(null, "16", "64", "96"))
                .xAxis(Axis.category(List.copyOf(components.values())).withEveryLabelTruncatedAt(110))
                .yAxis(Axis.category(List.copyOf(agencies.values())).inverted().withEveryLabelTruncatedAt(180))
                .visualMap(VisualMap.continuous(0, Math.max(1, max), SCALE))
                .series(HeatmapSeries.of(section.text("dashboard.OpenHeatMap.series"), data));
        ECharts chart = section.chart(option, "open-heatmap-chart", Math.max(440, 200 + 34 * rows.size()));
        chart.addClassName("wide");
        chart.addClickListener(click -> {
            if (RecommendationSection.inRange(click, cells.size())) {
                AgencyComponentCount cell = cells.get(click.getDataIndex());
                section.drill().open(section.drill().openOnScopeEnd().withLeadAgency(cell.agencyId())
                        .withDdciComponent(cell.componentId()));
            }
        });
        return chart;
    }

    private String agencyName(AgencyComponentCount cell) {
        return AppLocales.isVietnamese(section.locale()) || cell.agencyNameEn() == null ? cell.agencyNameVi() : cell.agencyNameEn();
    }

    private String componentName(AgencyComponentCount cell) {
        return AppLocales.isVietnamese(section.locale()) || cell.componentNameEn() == null ? cell.componentNameVi()
                : cell.componentNameEn();
    }
}
