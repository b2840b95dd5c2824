package vn.pcitracker.shared.ui.echarts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;

/**
 * One polygon on a radar: a value per indicator, in the order of {@link Radar#indicators()}. A null value is
 * missing and must stay null rather than 0, which would pull the polygon to the centre.
 */
public record RadarValue(String name, @JsonProperty("value") List<Number> values) implements Serializable {

    public RadarValue {
        values = Lists.copyKeepingNulls(values);
    }

    /** Accepts any list of numbers, e.g. a {@code List<Double>}, which the canonical constructor cannot. */
    public static RadarValue of(String name, List<? extends Number> values) {
        return new RadarValue(name, Lists.copyKeepingNulls(values));
    }
}
