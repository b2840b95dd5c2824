package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;

/**
 * Series legend. Clicking an entry toggles the series, so a legend is the cheapest way to let users compare a
 * subset of many lines.
 *
 * @param type {@code "plain"} or {@code "scroll"}; scrolling keeps a long legend from eating the plot area
 */
public record Legend(String type, String left, String top, String bottom) implements Serializable {

    public static Legend atTop() {
        return new Legend(null, null, "top", null);
    }

    public static Legend atBottom() {
        return new Legend(null, null, null, "bottom");
    }

    public Legend scrolling() {
        return new Legend("scroll", left, top, bottom);
    }

    public Legend withLeft(String left) {
        return new Legend(type, left, top, bottom);
    }
}
