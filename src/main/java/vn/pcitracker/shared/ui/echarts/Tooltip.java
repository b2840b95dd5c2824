package vn.pcitracker.shared.ui.echarts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Locale;

/**
 * Hover tooltip. Value formatters are JavaScript functions in ECharts and cannot travel as JSON, so format numbers
 * through axis label templates or the data itself instead.
 */
public record Tooltip(Trigger trigger) implements Serializable {

    /** One tooltip per data item: the choice for pie and radar charts. */
    public static Tooltip item() {
        return new Tooltip(Trigger.ITEM);
    }

    /** One tooltip per category listing every series: the choice for line and bar charts. */
    public static Tooltip axis() {
        return new Tooltip(Trigger.AXIS);
    }

    public enum Trigger {
        ITEM, AXIS, NONE;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
