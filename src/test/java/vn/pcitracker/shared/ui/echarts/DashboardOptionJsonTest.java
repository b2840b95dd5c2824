package vn.pcitracker.shared.ui.echarts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The option parts the dashboard added reach ECharts in the shape its documentation gives. */
class DashboardOptionJsonTest {

    private static JsonNode sentToBrowser(ChartOption option) {
        return JsonMapper.shared().readTree(new ECharts(option).getElement().getProperty(ECharts.OPTION_PROPERTY));
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void aHeatMapTravelsWithItsCellsVisualMapAndSaveAsImageTool() {
        ChartOption option = ChartOption.builder()
                .xAxis(Axis.category(List.of("A", "B"))).yAxis(Axis.category(List.of("X")))
                .visualMap(VisualMap.continuous(0, 5, List.of("#fff", "#c00")))
                .toolbox(Toolbox.saveAsImage("Save", "heat"))
                .series(HeatmapSeries.of("Open", List.of(List.of(0, 0, 3), List.of(1, 0, 5))))
                .build();

        assertThat(sentToBrowser(option)).isEqualTo(json("""
                {"xAxis":[{"type":"category","data":["A","B"]}],"yAxis":[{"type":"category","data":["X"]}],
                 "visualMap":{"type":"continuous","min":0,"max":5,"calculable":true,"orient":"horizontal",
                              "left":"center","bottom":"0","inRange":{"color":["#fff","#c00"]}},
                 "toolbox":{"feature":{"saveAsImage":{"title":"Save","name":"heat","pixelRatio":2}},"right":"8","top":"0"},
                 "series":[{"type":"heatmap","name":"Open","data":[[0,0,3],[1,0,5]],"label":{"show":true}}]}"""));
    }

    @Test
    void labelledBarItemsAndAGoalLineKeepTheirOwnTexts() {
        ChartOption option = ChartOption.builder()
                .series(BarSeries.ofItems("Gap", List.of(DataItem.of(0.98).withLabel(Label.shown().withFormatter("0,98 · R 2")))),
                        LineSeries.of("PCI", List.of(70.76)).withMarkLine(MarkLine.atY("Goal 2026", 76)))
                .build();

        assertThat(sentToBrowser(option).get("series")).isEqualTo(json("""
                [{"type":"bar","name":"Gap","data":[{"value":0.98,"label":{"show":true,"formatter":"0,98 · R 2"}}]},
                 {"type":"line","name":"PCI","data":[70.76],"markLine":{"symbol":"none",
                  "data":[{"name":"Goal 2026","yAxis":76,"label":{"show":true,"position":"insideEndTop","formatter":"{b}: {c}"}}]}}]"""));
    }
}
