package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;

/**
 * Value labels drawn on the data points. Worth switching on when a chart will be printed or read without hovering.
 *
 * @param position e.g. {@code "top"}, {@code "inside"}, {@code "right"}
 * @param formatter an ECharts template such as {@code "{c}"} (the value) or {@code "{b}: {c}"} (category and value)
 */
public record Label(Boolean show, String position, String formatter) implements Serializable {

    public static Label shown() {
        return new Label(true, null, null);
    }

    public Label withPosition(String position) {
        return new Label(show, position, formatter);
    }

    public Label withFormatter(String formatter) {
        return new Label(show, position, formatter);
    }
}
