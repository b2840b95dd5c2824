package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole ECharts option of one chart, written as JSON exactly as ECharts documents it. It is a complete
 * description, not a patch: {@link ECharts#setOption} replaces whatever the chart showed before.
 *
 * @param color     series palette overriding the theme's, as CSS colours; leave null to follow the application theme
 * @param visualMap colour scale of a heat map
 * @param toolbox   tool icons, e.g. save as image
 * @param animation false skips the entry animation, e.g. for print views or users who prefer reduced motion
 */
public record ChartOption(Title title, Tooltip tooltip, Legend legend, Grid grid, List<Axis> xAxis, List<Axis> yAxis,
                          Radar radar, VisualMap visualMap, Toolbox toolbox, List<Series> series, List<String> color,
                          Boolean animation)
        implements Serializable {

    public ChartOption {
        xAxis = Lists.nullIfEmpty(xAxis);
        yAxis = Lists.nullIfEmpty(yAxis);
        series = series == null ? List.of() : List.copyOf(series);
        color = Lists.nullIfEmpty(color);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts in the order a reader thinks of them; axes and series accumulate. */
    public static final class Builder {

        private Title title;
        private Tooltip tooltip;
        private Legend legend;
        private Grid grid;
        private final List<Axis> xAxis = new ArrayList<>();
        private final List<Axis> yAxis = new ArrayList<>();
        private Radar radar;
        private VisualMap visualMap;
        private Toolbox toolbox;
        private final List<Series> series = new ArrayList<>();
        private final List<String> color = new ArrayList<>();
        private Boolean animation;

        private Builder() {
        }

        public Builder title(Title title) {
            this.title = title;
            return this;
        }

        public Builder tooltip(Tooltip tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder legend(Legend legend) {
            this.legend = legend;
            return this;
        }

        public Builder grid(Grid grid) {
            this.grid = grid;
            return this;
        }

        public Builder xAxis(Axis axis) {
            xAxis.add(axis);
            return this;
        }

        /** Adds a y axis; series pick it by its position in the order added (see {@code onYAxis}). */
        public Builder yAxis(Axis axis) {
            yAxis.add(axis);
            return this;
        }

        public Builder radar(Radar radar) {
            this.radar = radar;
            return this;
        }

        public Builder visualMap(VisualMap visualMap) {
            this.visualMap = visualMap;
            return this;
        }

        public Builder toolbox(Toolbox toolbox) {
            this.toolbox = toolbox;
            return this;
        }

        public Builder series(Series... series) {
            this.series.addAll(List.of(series));
            return this;
        }

        public Builder series(List<? extends Series> series) {
            this.series.addAll(series);
            return this;
        }

        public Builder color(List<String> palette) {
            color.addAll(palette);
            return this;
        }

        public Builder animation(boolean animation) {
            this.animation = animation;
            return this;
        }

        public ChartOption build() {
            return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, radar, visualMap, toolbox, series, color,
                    animation);
        }
    }
}
