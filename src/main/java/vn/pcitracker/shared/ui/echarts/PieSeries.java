package vn.pcitracker.shared.ui.echarts;

import java.util.List;

/**
 * A pie or, with an inner radius, a donut.
 *
 * @param radius inner and outer radius, pixels or percent, as the pair ECharts expects; an inner radius above 0 makes
 *               it a donut
 */
public record PieSeries(String name, List<NamedValue> data, List<String> radius) implements Series {

    public PieSeries {
        data = Lists.copyKeepingNulls(data);
        radius = Lists.copyKeepingNulls(radius);
    }

    public static PieSeries of(String name, List<NamedValue> data) {
        return new PieSeries(name, data, null);
    }

    public PieSeries withRadius(String inner, String outer) {
        return new PieSeries(name, data, List.of(inner, outer));
    }
}
