package vn.pcitracker.shared.ui.echarts;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.OptionalDouble;

/**
 * A click on a data item. The clicked value arrives as JSON text because its shape depends on the series: a number
 * for line, bar and pie, an array for a radar polygon, null for a missing point.
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<ECharts> {

    private final String seriesName;
    private final String name;
    private final int dataIndex;
    private final String valueJson;

    public ChartClickEvent(ECharts source, boolean fromClient,
                           @EventData("event.detail.seriesName") String seriesName,
                           @EventData("event.detail.name") String name,
                           @EventData("event.detail.dataIndex") int dataIndex,
                           @EventData("event.detail.valueJson") String valueJson) {
        super(source, fromClient);
        this.seriesName = seriesName;
        this.name = name;
        this.dataIndex = dataIndex;
        this.valueJson = valueJson;
    }

    public String getSeriesName() {
        return seriesName;
    }

    /** The category (line, bar), slice (pie) or polygon (radar) name of the clicked item. */
    public String getName() {
        return name;
    }

    /** Position of the item in its series' data, or -1 when ECharts reported none. */
    public int getDataIndex() {
        return dataIndex;
    }

    /** The clicked value as JSON: {@code 68.73}, {@code [6.1,7.2]} or {@code null}. */
    public String getValueJson() {
        return valueJson;
    }

    /** The clicked value when it is a single number; empty for arrays and missing points. */
    public OptionalDouble getNumericValue() {
        if (valueJson == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(valueJson));
        } catch (NumberFormatException notASingleNumber) {
            return OptionalDouble.empty();
        }
    }
}
