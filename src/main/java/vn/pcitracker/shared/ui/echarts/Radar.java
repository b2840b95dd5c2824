package vn.pcitracker.shared.ui.echarts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The radar coordinate system: one spoke per indicator. Spokes need an explicit {@code max} whenever several radar
 * charts must be compared side by side, otherwise each chart scales to its own data and equal shapes mean
 * different things.
 *
 * @param radius size of the radar, pixels or percent of the smaller side, e.g. {@code "65%"}
 * @param axisName how spoke names are drawn: long names wrap at a width instead of running off the chart
 */
public record Radar(@JsonProperty("indicator") List<Indicator> indicators, Shape shape, String radius,
                    AxisName axisName) implements Serializable {

    public Radar {
        indicators = Lists.copyKeepingNulls(indicators);
    }

    public static Radar of(List<Indicator> indicators) {
        return new Radar(indicators, null, null, null);
    }

    public Radar withShape(Shape shape) {
        return new Radar(indicators, shape, radius, axisName);
    }

    public Radar withRadius(String radius) {
        return new Radar(indicators, shape, radius, axisName);
    }

    /** Spoke names wrap onto several lines once wider than {@code pixels}. */
    public Radar withNamesWrappedAt(int pixels) {
        return new Radar(indicators, shape, radius, new AxisName(pixels, "break"));
    }

    /** ECharts' {@code radar.axisName} text style; {@code overflow: "break"} wraps at {@code width}. */
    public record AxisName(Integer width, String overflow) implements Serializable {
    }

    /** One spoke; {@code min} defaults to 0 in ECharts. */
    public record Indicator(String name, Number max, Number min) implements Serializable {

        public static Indicator of(String name, Number max) {
            return new Indicator(name, max, null);
        }

        public Indicator withMin(Number min) {
            return new Indicator(name, max, min);
        }
    }

    public enum Shape {
        POLYGON, CIRCLE;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
