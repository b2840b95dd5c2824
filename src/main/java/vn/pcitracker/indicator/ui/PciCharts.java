package vn.pcitracker.indicator.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import vn.pcitracker.indicator.PciYearResult;
import vn.pcitracker.indicator.ProvinceHistory;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.LineSeries;
import vn.pcitracker.shared.ui.echarts.Radar;
import vn.pcitracker.shared.ui.echarts.RadarSeries;
import vn.pcitracker.shared.ui.echarts.RadarValue;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/** Builds the overview's charts from a province's history; unknown figures stay gaps, never zeros. */
final class PciCharts {

    private final ProvinceHistory history;
    private final Locale locale;
    private final BiFunction<String, Object[], String> translate;

    PciCharts(ProvinceHistory history, Locale locale, BiFunction<String, Object[], String> translate) {
        this.history = history;
        this.locale = locale;
        this.translate = translate;
    }

    ECharts compositeAndRank() {
        List<PciYearResult> years = history.years();
        String score = text("indicator.PciCharts.composite");
        String rank = text("indicator.PciCharts.rank");
        ChartOption option = ChartOption.builder()
                .title(Title.of(text("indicator.PciCharts.trendTitle", history.name(locale))).withSubtext(text("indicator.PciCharts.trendSubtitle")))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .xAxis(Axis.category(years.stream().map(y -> String.valueOf(y.year())).toList()))
                .yAxis(Axis.value().withName(score).withRange(40, 80))
                .yAxis(Axis.value().withName(rank).inverted().withRange(1, null).withMinInterval(1).at(Axis.Position.RIGHT))
                .series(LineSeries.of(score, years.stream().map(PciYearResult::composite).toList()).withSymbol("circle"),
                        LineSeries.of(rank, years.stream().map(PciYearResult::rank).toList()).onYAxis(1).withSymbol("diamond"))
                .build();
        return sized(new ECharts(option), "trend-chart");
    }

    ECharts subIndexRadar() {
        List<PciYearResult> scored = history.years().stream().filter(PciYearResult::hasSubIndexScores).toList();
        List<Radar.Indicator> spokes = history.subIndices().stream().map(s -> Radar.Indicator.of(s.name(locale), 10)).toList();
        List<RadarValue> values = scored.stream().map(year -> RadarValue.of(String.valueOf(year.year()),
                history.subIndices().stream().map(s -> year.subIndexScores().get(s.code())).map(PciCharts::orNull).toList())).toList();
        String range = scored.isEmpty() ? "" : scored.getFirst().year() + "–" + scored.getLast().year();
        ChartOption option = ChartOption.builder()
                .title(Title.of(text("indicator.PciCharts.radarTitle", range)))
                .tooltip(Tooltip.item()).legend(Legend.atBottom())
                .radar(Radar.of(spokes).withRadius("55%").withNamesWrappedAt(110))
                .series(RadarSeries.of(text("indicator.PciCharts.radarSeries"), values))
                .build();
        return sized(new ECharts(option), "radar-chart");
    }

    private static Double orNull(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static ECharts sized(ECharts chart, String className) {
        chart.addClassName(className);
        chart.setHeight("420px");
        return chart;
    }

    private String text(String key, Object... args) {
        return translate.apply(key, args);
    }
}
