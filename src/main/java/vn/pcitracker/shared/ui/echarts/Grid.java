package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;

/**
 * Margins of the cartesian plot area, each in pixels ({@code "48"}) or percent ({@code "10%"}). Since ECharts 6 axis
 * labels are kept inside the chart automatically, so the margins only need to leave room for title and legend.
 */
public record Grid(String left, String right, String top, String bottom) implements Serializable {
}
