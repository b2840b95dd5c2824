package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;

/**
 * The chart title. Its text also becomes the component's accessible name, so give every chart one a screen reader
 * user would understand out of context.
 *
 * @param left horizontal placement as ECharts reads it: {@code "left"}, {@code "center"}, {@code "right"}, pixels or
 *             a percentage
 */
public record Title(String text, String subtext, String sublink, String left) implements Serializable {

    public static Title of(String text) {
        return new Title(text, null, null, null);
    }

    public Title withSubtext(String subtext) {
        return new Title(text, subtext, sublink, left);
    }

    /** Turns the subtext into a link, e.g. to the data source the chart is drawn from. */
    public Title withSublink(String sublink) {
        return new Title(text, subtext, sublink, left);
    }

    public Title withLeft(String left) {
        return new Title(text, subtext, sublink, left);
    }
}
