package vn.pcitracker.indicator.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiFunction;
import vn.pcitracker.indicator.ProvinceComposites;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.LineSeries;
import vn.pcitracker.shared.ui.echarts.Series;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/** One line per province of its published composites over the years; a year without a figure is a gap. */
final class PciComparisonChart {

    private final List<ProvinceComposites> provinces;
    private final Locale locale;
    private final BiFunction<String, Object[], String> translate;

    PciComparisonChart(List<ProvinceComposites> provinces, Locale locale, BiFunction<String, Object[], String> translate) {
        this.provinces = provinces;
        this.locale = locale;
        this.translate = translate;
    }

    ECharts chart() {
        TreeSet<Integer> years = new TreeSet<>();
        provinces.forEach(province -> years.addAll(province.composites().keySet()));
        List<Series> lines = provinces.stream().<Series>map(province -> LineSeries.of(province.name(locale),
                years.stream().map(year -> (BigDecimal) province.composites().get(year)).toList()).withSymbol("circle"))
                .toList();
        ChartOption option = ChartOption.builder()
                .title(Title.of(translate.apply("indicator.PciComparisonChart.title", new Object[0]))
                        .withSubtext(translate.apply("indicator.PciComparisonChart.subtitle", new Object[0])))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .xAxis(Axis.category(years.stream().map(String::valueOf).toList()))
                .yAxis(Axis.value().withName(translate.apply("indicator.PciCharts.composite", new Object[0])).withRange(40, 80))
                .series(lines.toArray(Series[]::new))
                .build();
        ECharts chart = new ECharts(option);
        chart.addClassName("comparison-chart");
        chart.setHeight("420px");
        chart.setWidthFull();
        return chart;
    }
}
