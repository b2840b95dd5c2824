package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;
import java.util.List;

/**
 * Horizontal or vertical reference lines drawn with a series, such as a goal: {@code yAxis} (or {@code xAxis}) is the
 * value the line stands at, {@code name} what its label says. {@code symbol "none"} drops the arrow heads.
 */
public record MarkLine(List<Line> data, String symbol) implements Serializable {

    public MarkLine {
        data = Lists.copyKeepingNulls(data);
    }

    /** One line across the plot at the value {@code y} of the series' y axis. */
    public static MarkLine atY(String name, Number y) {
        return new MarkLine(List.of(new Line(name, y, null,
                Label.shown().withPosition("insideEndTop").withFormatter("{b}: {c}"))), "none");
    }

    /** One line across the plot at the value {@code x} of the series' x axis (horizontal bar charts). */
    public static MarkLine atX(String name, Number x) {
        return new MarkLine(List.of(new Line(name, null, x, Label.shown().withFormatter("{b}"))), "none");
    }

    public record Line(String name, Number yAxis, Number xAxis, Label label) implements Serializable {
    }
}
