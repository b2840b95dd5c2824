package vn.pcitracker.shared.ui.echarts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The option must reach the browser in the exact shape ECharts documents, since ECharts ignores unknown keys. */
class ChartOptionJsonTest {

    private static JsonNode sentToBrowser(ChartOption option) {
        return JsonMapper.shared().readTree(new ECharts(option).getElement().getProperty(ECharts.OPTION_PROPERTY));
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void lineChartWithAnInvertedSecondYAxisIsWrittenAsEChartsExpectsIt() {
        ChartOption option = ChartOption.builder()
                .title(Title.of("Score and rank").withSubtext("2019-2021"))
                .tooltip(Tooltip.axis())
                .xAxis(Axis.category(List.of("2019", "2020", "2021")))
                .yAxis(Axis.value().withName("Score").withLabelFormatter("{value} pt"))
                .yAxis(Axis.value().withName("Rank").inverted().withRange(1, 63).withMinInterval(1)
                        .at(Axis.Position.RIGHT))
                .series(LineSeries.of("Score", List.of(60.5, 62, 68.73)),
                        LineSeries.of("Rank", List.of(30, 20, 5)).onYAxis(1))
                .build();

        assertThat(sentToBrowser(option)).isEqualTo(json("""
                {"title": {"text": "Score and rank", "subtext": "2019-2021"},
                 "tooltip": {"trigger": "axis"},
                 "xAxis": [{"type": "category", "data": ["2019", "2020", "2021"]}],
                 "yAxis": [{"type": "value", "name": "Score", "axisLabel": {"formatter": "{value} pt"}},
                           {"type": "value", "name": "Rank", "inverse": true, "min": 1, "max": 63,
                            "minInterval": 1, "position": "right"}],
                 "series": [{"type": "line", "name": "Score", "data": [60.5, 62, 68.73]},
                            {"type": "line", "name": "Rank", "data": [30, 20, 5], "yAxisIndex": 1}]}
                """));
    }

    @Test
    void missingValuesStayNullSoTheChartShowsAGap() {
        ChartOption option = ChartOption.builder()
                .series(LineSeries.of("Score", Arrays.asList(60.5, null, 68.73)),
                        BarSeries.of("Count", Arrays.asList(null, 4, 5)))
                .build();

        JsonNode series = sentToBrowser(option).get("series");

        assertThat(series.get(0).get("data")).isEqualTo(json("[60.5, null, 68.73]"));
        assertThat(series.get(1).get("data")).isEqualTo(json("[null, 4, 5]"));
    }

    @Test
    void radarIndicatorsAndPolygonsUseTheSingularKeysOfECharts() {
        ChartOption option = ChartOption.builder()
                .radar(Radar.of(List.of(Radar.Indicator.of("Speed", 10), Radar.Indicator.of("Cost", 10).withMin(2)))
                        .withShape(Radar.Shape.CIRCLE).withRadius("65%").withNamesWrappedAt(100))
                .series(RadarSeries.of("Years", List.of(RadarValue.of("2023", Arrays.asList(6.1, null)))))
                .build();

        assertThat(sentToBrowser(option)).isEqualTo(json("""
                {"radar": {"indicator": [{"name": "Speed", "max": 10}, {"name": "Cost", "max": 10, "min": 2}],
                           "shape": "circle", "radius": "65%", "axisName": {"width": 100, "overflow": "break"}},
                 "series": [{"type": "radar", "name": "Years", "data": [{"name": "2023", "value": [6.1, null]}]}]}
                """));
    }

    @Test
    void barAndPieSeriesCarryTheirTypeAndOwnSettings() {
        ChartOption option = ChartOption.builder()
                .legend(Legend.atBottom().scrolling())
                .grid(new Grid("48", "5%", "60", null))
                .color(List.of("#006af5", "#c75300"))
                .animation(false)
                .series(BarSeries.of("Done", List.of(3)).stackedAs("total").withLabel(Label.shown().withPosition("top")),
                        PieSeries.of("Share", List.of(new NamedValue("Open", 2))).withRadius("40%", "70%"))
                .build();

        assertThat(sentToBrowser(option)).isEqualTo(json("""
                {"legend": {"type": "scroll", "bottom": "bottom"},
                 "grid": {"left": "48", "right": "5%", "top": "60"},
                 "color": ["#006af5", "#c75300"],
                 "animation": false,
                 "series": [{"type": "bar", "name": "Done", "data": [3], "stack": "total",
                             "label": {"show": true, "position": "top"}},
                            {"type": "pie", "name": "Share", "data": [{"name": "Open", "value": 2}],
                             "radius": ["40%", "70%"]}]}
                """));
    }

    @Test
    void unsetPartsAreLeftOutSoEChartsAppliesItsDefaults() {
        JsonNode sent = sentToBrowser(ChartOption.builder().series(LineSeries.of("Only", List.of(1))).build());

        assertThat(sent.propertyNames()).containsExactly("series");
        assertThat(sent.get("series").get(0).propertyNames()).containsExactlyInAnyOrder("type", "name", "data");
    }

    @Test
    void longCategoryNamesAreAllShownAndWrapped() {
        ChartOption option = ChartOption.builder()
                .xAxis(Axis.category(List.of("Sở Xây dựng", "Sở Công Thương")).withEveryLabelWrappedAt(110))
                .yAxis(Axis.value())
                .series(BarSeries.of("Days", List.of(20, 12.5)))
                .build();

        assertThat(sentToBrowser(option).get("xAxis").get(0).get("axisLabel"))
                .isEqualTo(json("{\"interval\": 0, \"width\": 110, \"overflow\": \"break\"}"));
    }

    @Test
    void crowdedCategoryNamesAreAllShownOnOneLineCutWithAnEllipsis() {
        ChartOption option = ChartOption.builder()
                .yAxis(Axis.category(List.of("Chính sách hỗ trợ doanh nghiệp", "Đào tạo lao động")).withEveryLabelTruncatedAt(140))
                .xAxis(Axis.value())
                .series(BarSeries.of("Gap", List.of(0.61, 0.63)))
                .build();

        assertThat(sentToBrowser(option).get("yAxis").get(0).get("axisLabel"))
                .isEqualTo(json("{\"interval\": 0, \"width\": 140, \"overflow\": \"truncate\"}"));
    }
}
