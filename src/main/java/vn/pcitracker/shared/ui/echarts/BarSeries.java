package vn.pcitracker.shared.ui.echarts;

import java.util.List;

/**
 * Bars over a category axis, one value per category; a null value leaves the slot empty.
 *
 * @param stack bars of series sharing the same stack name are piled on top of each other
 */
public record BarSeries(String name, List<Number> data, String stack, Integer yAxisIndex, Label label)
        implements Series {

    public BarSeries {
        data = Lists.copyKeepingNulls(data);
    }

    public static BarSeries of(String name, List<? extends Number> data) {
        return new BarSeries(name, Lists.copyKeepingNulls(data), null, null, null);
    }

    public BarSeries stackedAs(String stack) {
        return new BarSeries(name, data, stack, yAxisIndex, label);
    }

    public BarSeries onYAxis(int index) {
        return new BarSeries(name, data, stack, index, label);
    }

    public BarSeries withLabel(Label label) {
        return new BarSeries(name, data, stack, yAxisIndex, label);
    }
}
