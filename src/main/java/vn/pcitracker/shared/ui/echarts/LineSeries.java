package vn.pcitracker.shared.ui.echarts;

import java.util.List;

/**
 * A line over a category axis, one value per category. A null value is a missing point and ECharts leaves a gap
 * there; never replace it with 0, which would draw a false drop. Set {@link #connectingNulls()} only when bridging
 * the gap is honest for the reader.
 *
 * @param yAxisIndex which y axis the values are read against, 0 being the first
 * @param symbol     point marker, e.g. {@code "circle"}, {@code "none"}
 */
public record LineSeries(String name, List<Number> data, Integer yAxisIndex, Boolean smooth, String symbol,
                         Label label, Boolean connectNulls, MarkLine markLine) implements Series {

    public LineSeries {
        data = Lists.copyKeepingNulls(data);
    }

    public static LineSeries of(String name, List<? extends Number> data) {
        return new LineSeries(name, Lists.copyKeepingNulls(data), null, null, null, null, null, null);
    }

    public LineSeries onYAxis(int index) {
        return new LineSeries(name, data, index, smooth, symbol, label, connectNulls, markLine);
    }

    public LineSeries smoothed() {
        return new LineSeries(name, data, yAxisIndex, true, symbol, label, connectNulls, markLine);
    }

    public LineSeries withSymbol(String symbol) {
        return new LineSeries(name, data, yAxisIndex, smooth, symbol, label, connectNulls, markLine);
    }

    public LineSeries withLabel(Label label) {
        return new LineSeries(name, data, yAxisIndex, smooth, symbol, label, connectNulls, markLine);
    }

    public LineSeries connectingNulls() {
        return new LineSeries(name, data, yAxisIndex, smooth, symbol, label, true, markLine);
    }

    public LineSeries withMarkLine(MarkLine markLine) {
        return new LineSeries(name, data, yAxisIndex, smooth, symbol, label, connectNulls, markLine);
    }
}
