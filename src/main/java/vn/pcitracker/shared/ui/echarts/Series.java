package vn.pcitracker.shared.ui.echarts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;

/**
 * One data series. Sealed so that every kind the component supports is known here and each one is written with the
 * {@code type} name ECharts dispatches on.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LineSeries.class, name = "line"),
        @JsonSubTypes.Type(value = BarSeries.class, name = "bar"),
        @JsonSubTypes.Type(value = RadarSeries.class, name = "radar"),
        @JsonSubTypes.Type(value = PieSeries.class, name = "pie"),
        @JsonSubTypes.Type(value = HeatmapSeries.class, name = "heatmap")})
public sealed interface Series extends Serializable permits LineSeries, BarSeries, RadarSeries, PieSeries, HeatmapSeries {

    /** Shown in legend and tooltip, and reported back by {@link ChartClickEvent#getSeriesName()}. */
    String name();
}
