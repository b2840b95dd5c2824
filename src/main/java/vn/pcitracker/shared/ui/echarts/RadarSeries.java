package vn.pcitracker.shared.ui.echarts;

import java.util.List;

/**
 * Polygons drawn on the chart's {@link Radar}. One series may hold several polygons, e.g. one per period, which
 * then share a legend entry per polygon name.
 */
public record RadarSeries(String name, List<RadarValue> data) implements Series {

    public RadarSeries {
        data = Lists.copyKeepingNulls(data);
    }

    public static RadarSeries of(String name, List<RadarValue> data) {
        return new RadarSeries(name, data);
    }
}
