package vn.pcitracker.indicator.ui;

import java.util.List;
import java.util.function.BiFunction;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.LineSeries;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/** One unit's DDCI score and rank over the years; the rank axis is inverted so that first place is at the top. */
final class DdciTrendChart {

    private static final String KEY = "indicator.DdciResultsView.";

    private DdciTrendChart() {
    }

    static ChartOption option(String unitName, List<DdciResultSummary> years,
                              BiFunction<String, Object[], String> translate) {
        String score = translate.apply(KEY + "score", new Object[0]);
        String rank = translate.apply(KEY + "rank", new Object[0]);
        boolean synthetic = years.stream().anyMatch(DdciResultSummary::synthetic);
        Title title = Title.of(translate.apply(KEY + "trendTitle", new Object[] {unitName}));
        return ChartOption.builder()
                .title(synthetic ? title.withSubtext(translate.apply(KEY + "trendSynthetic", new Object[0])) : title)
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .xAxis(Axis.category(years.stream().map(year -> String.valueOf(year.year())).toList()))
                .yAxis(Axis.value().withName(score).withRange(0, 100))
                .yAxis(Axis.value().withName(rank).inverted().withRange(1, null).withMinInterval(1)
                        .at(Axis.Position.RIGHT))
                .series(LineSeries.of(score, years.stream().map(DdciResultSummary::score).toList()).withSymbol("circle"),
                        LineSeries.of(rank, years.stream().map(DdciResultSummary::rank).toList()).onYAxis(1)
                                .withSymbol("diamond"))
                .build();
    }

    static ECharts chart(ChartOption option) {
        ECharts chart = new ECharts(option);
        chart.addClassName("ddci-trend-chart");
        chart.setHeight("360px");
        chart.setWidthFull();
        return chart;
    }
}
