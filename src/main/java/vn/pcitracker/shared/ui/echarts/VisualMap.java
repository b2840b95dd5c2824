package vn.pcitracker.shared.ui.echarts;

import java.io.Serializable;
import java.util.List;

/**
 * Maps values to colours, as a heat map needs: a continuous scale from {@code min} to {@code max}, drawn as a legend
 * bar, shading from the first to the last of {@code inRange.color}.
 */
public record VisualMap(String type, Number min, Number max, Boolean calculable, String orient, String left,
                        String bottom, InRange inRange) implements Serializable {

    /** A horizontal continuous scale at the bottom centre, from light to strong. */
    public static VisualMap continuous(Number min, Number max, List<String> colours) {
        return new VisualMap("continuous", min, max, true, "horizontal", "center", "0", new InRange(colours));
    }

    public record InRange(List<String> color) implements Serializable {

        public InRange {
            color = Lists.copyKeepingNulls(color);
        }
    }
}
