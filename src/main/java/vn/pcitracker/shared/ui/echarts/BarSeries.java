package vn.pcitracker.shared.ui.echarts;

import java.util.List;

/**
 * Bars over a category axis, one value per category; a null value leaves the slot empty. A value is a number or a
 * {@link DataItem} (a number with a label of its own).
 *
 * @param stack    bars of series sharing the same stack name are piled on top of each other
 * @param markLine reference lines drawn across the bars, e.g. a target
 */
public record BarSeries(String name, List<Object> data, String stack, Integer yAxisIndex, Label label,
                        MarkLine markLine) implements Series {

    public BarSeries {
        data = Lists.copyKeepingNulls(data);
    }

    public static BarSeries of(String name, List<? extends Number> data) {
        return new BarSeries(name, Lists.copyKeepingNulls(data), null, null, null, null);
    }

    public static BarSeries ofItems(String name, List<DataItem> items) {
        return new BarSeries(name, Lists.copyKeepingNulls(items), null, null, null, null);
    }

    public BarSeries stackedAs(String stack) {
        return new BarSeries(name, data, stack, yAxisIndex, label, markLine);
    }

    public BarSeries onYAxis(int index) {
        return new BarSeries(name, data, stack, index, label, markLine);
    }

    public BarSeries withLabel(Label label) {
        return new BarSeries(name, data, stack, yAxisIndex, label, markLine);
    }

    public BarSeries withMarkLine(MarkLine markLine) {
        return new BarSeries(name, data, stack, yAxisIndex, label, markLine);
    }
}
