package vn.pcitracker.shared.ui.echarts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ChartClickEventTest {

    /** Fires the DOM event as the browser would, so the {@code @EventData} expressions are exercised too. */
    private static void clickInBrowser(ECharts chart, String seriesName, String name, int dataIndex, String valueJson) {
        ObjectNode data = JsonMapper.shared().createObjectNode()
                .put("event.detail.seriesName", seriesName)
                .put("event.detail.name", name)
                .put("event.detail.dataIndex", dataIndex)
                .put("event.detail.valueJson", valueJson);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "chart-click", data));
    }

    @Test
    void aClickInTheBrowserReachesTheListenerWithTheClickedItem() {
        ECharts chart = new ECharts();
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addClickListener(clicks::add);

        clickInBrowser(chart, "Score", "2019", 3, "68.73");

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSource()).isSameAs(chart);
            assertThat(click.isFromClient()).isTrue();
            assertThat(click.getSeriesName()).isEqualTo("Score");
            assertThat(click.getName()).isEqualTo("2019");
            assertThat(click.getDataIndex()).isEqualTo(3);
            assertThat(click.getValueJson()).isEqualTo("68.73");
            assertThat(click.getNumericValue()).hasValue(68.73);
        });
    }

    @Test
    void aRemovedListenerHearsNoMoreClicks() {
        ECharts chart = new ECharts();
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addClickListener(clicks::add).remove();

        clickInBrowser(chart, "Score", "2019", 3, "68.73");

        assertThat(clicks).isEmpty();
    }

    @Test
    void radarPolygonsAndMissingPointsHaveNoSingleNumericValue() {
        ECharts chart = new ECharts();
        ChartClickEvent radar = new ChartClickEvent(chart, true, "Years", "2023", 0, "[6.1,null]");
        ChartClickEvent gap = new ChartClickEvent(chart, true, "Score", "2020", 1, "null");

        assertThat(radar.getNumericValue()).isEmpty();
        assertThat(radar.getValueJson()).isEqualTo("[6.1,null]");
        assertThat(gap.getNumericValue()).isEmpty();
    }
}
