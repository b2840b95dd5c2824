package vn.pcitracker.shared.ui.echarts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One cartesian axis. A chart may hold two y axes, e.g. a score on the left and a rank on the right; a rank axis is
 * usually {@link #inverted() inverted} so that "first" sits at the top, like a leaderboard.
 *
 * @param data        the category names, only for category axes
 * @param minInterval smallest gap between ticks; {@code 1} stops an axis of whole numbers from showing fractions
 */
public record Axis(Type type, String name, List<String> data, Boolean inverse, Number min, Number max,
                   Number minInterval, Position position, AxisLabel axisLabel) implements Serializable {

    public Axis {
        data = Lists.copyKeepingNulls(data);
    }

    public static Axis category(List<String> categories) {
        return new Axis(Type.CATEGORY, null, categories, null, null, null, null, null, null);
    }

    public static Axis value() {
        return new Axis(Type.VALUE, null, null, null, null, null, null, null, null);
    }

    public Axis withName(String name) {
        return new Axis(type, name, data, inverse, min, max, minInterval, position, axisLabel);
    }

    /** Puts the smallest value at the top (or right): the natural reading for ranks, where 1 is best. */
    public Axis inverted() {
        return new Axis(type, name, data, true, min, max, minInterval, position, axisLabel);
    }

    /** Fixes the ends of the axis; either may be null to let ECharts choose it from the data. */
    public Axis withRange(Number min, Number max) {
        return new Axis(type, name, data, inverse, min, max, minInterval, position, axisLabel);
    }

    public Axis withMinInterval(Number minInterval) {
        return new Axis(type, name, data, inverse, min, max, minInterval, position, axisLabel);
    }

    public Axis at(Position position) {
        return new Axis(type, name, data, inverse, min, max, minInterval, position, axisLabel);
    }

    /**
     * Formats tick labels with an ECharts template, where {@code {value}} stands for the tick, e.g.
     * {@code "{value} %"}. Templates are plain strings, so unlike formatter functions they survive JSON.
     */
    public Axis withLabelFormatter(String template) {
        return new Axis(type, name, data, inverse, min, max, minInterval, position, new AxisLabel(template, null, null, null));
    }

    /**
     * Shows every category label (ECharts would otherwise skip some when they crowd), each wrapped onto several lines
     * at {@code widthPx} pixels: for long names such as agencies.
     */
    public Axis withEveryLabelWrappedAt(int widthPx) {
        String formatter = axisLabel == null ? null : axisLabel.formatter();
        return new Axis(type, name, data, inverse, min, max, minInterval, position,
                new AxisLabel(formatter, 0, widthPx, "break"));
    }

    /**
     * Shows every category label on one line, cut with an ellipsis past {@code widthPx} pixels: for long names on an
     * axis whose rows are too close for wrapped labels (the full name stays in the tooltip).
     */
    public Axis withEveryLabelTruncatedAt(int widthPx) {
        String formatter = axisLabel == null ? null : axisLabel.formatter();
        return new Axis(type, name, data, inverse, min, max, minInterval, position,
                new AxisLabel(formatter, 0, widthPx, "truncate"));
    }

    /** Tick labels: a template, which ticks show ({@code 0} = all), and the width past which text breaks or is cut. */
    public record AxisLabel(String formatter, Integer interval, Integer width, String overflow) implements Serializable {
    }

    public enum Type {
        CATEGORY, VALUE;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Position {
        LEFT, RIGHT, TOP, BOTTOM;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
