package vn.pcitracker.shared.ui.echarts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copies for the option records. {@link List#copyOf} rejects null elements, but a null data point is how
 * ECharts is told a value is missing (it draws a gap), so the copy must keep them.
 */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copyKeepingNulls(List<? extends T> source) {
        return source == null ? null : Collections.unmodifiableList(new ArrayList<>(source));
    }

    static <T> List<T> nullIfEmpty(List<T> source) {
        return source == null || source.isEmpty() ? null : copyKeepingNulls(source);
    }
}
