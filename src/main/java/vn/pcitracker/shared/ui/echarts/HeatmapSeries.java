package vn.pcitracker.shared.ui.echarts;

import java.util.List;

/**
 * A grid of coloured cells on two category axes, each cell {@code [x index, y index, value]}; colours come from the
 * option's {@link VisualMap}. Click events report the cell's value triple as JSON and its index in {@code data}.
 */
public record HeatmapSeries(String name, List<List<Number>> data, Label label) implements Series {

    public HeatmapSeries {
        data = data == null ? null : data.stream().map(List::copyOf).toList();
    }

    public static HeatmapSeries of(String name, List<List<Number>> cells) {
        return new HeatmapSeries(name, cells, Label.shown());
    }
}
