package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;

/**
 * One bar written as an object rather than a bare number, so that it can carry a label of its own, e.g. a gap bar
 * that also states how many records stand behind it. Click events still report the category name and index.
 *
 * @param label this item's value label; its formatter may be a fixed text, since ECharts' templates cannot reach
 *              data outside the value
 */
public record DataItem(Number value, Label label) implements Serializable {

    public static DataItem of(Number value) {
        return new DataItem(value, null);
    }

    public DataItem withLabel(Label label) {
        return new DataItem(value, label);
    }
}
