package vn.pcitracker.shared.ui.echarts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EChartsTest {

    private static final ChartOption TITLED = ChartOption.builder()
            .title(Title.of("Score by year"))
            .xAxis(Axis.category(List.of("2019")))
            .yAxis(Axis.value())
            .series(LineSeries.of("Score", List.of(68.73)))
            .build();

    @Test
    void settingAnOptionPutsItsJsonOnTheElementPropertyTheBrowserReads() {
        ECharts chart = new ECharts();

        chart.setOption(TITLED);

        assertThat(chart.getElement().getProperty(ECharts.OPTION_PROPERTY))
                .startsWith("{").contains("\"text\":\"Score by year\"").contains("\"type\":\"line\"");
        assertThat(chart.getOption()).isSameAs(TITLED);
    }

    @Test
    void aNewOptionReplacesThePreviousOneEntirely() {
        ECharts chart = new ECharts(TITLED);

        chart.setOption(ChartOption.builder().series(BarSeries.of("Count", List.of(1))).build());

        assertThat(chart.getElement().getProperty(ECharts.OPTION_PROPERTY))
                .doesNotContain("Score").contains("\"type\":\"bar\"");
    }

    @Test
    void theChartIsAnImageNamedAfterItsTitle() {
        ECharts chart = new ECharts(TITLED);

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Score by year");
    }

    @Test
    void anOptionWithoutTitleRemovesTheStaleAccessibleName() {
        ECharts chart = new ECharts(TITLED);

        chart.setOption(ChartOption.builder().series(LineSeries.of("Score", List.of(1))).build());

        assertThat(chart.getElement().hasAttribute("aria-label")).isFalse();
    }

    @Test
    void theChartHasADrawableDefaultSizeThatCallersCanOverride() {
        ECharts chart = new ECharts();

        assertThat(chart.getWidth()).isEqualTo("100%");
        assertThat(chart.getHeight()).isEqualTo("400px");
        assertThat(chart.getStyle().get("display")).isEqualTo("block");

        chart.setHeight("240px");

        assertThat(chart.getHeight()).isEqualTo("240px");
    }
}
