package vn.pcitracker.indicator.data;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;

/** Applies a row's non-empty values to a stored record and remembers whether anything changed. */
final class Changes {

    private boolean changed;

    /** Sets {@code incoming} unless it is null (an empty cell) or equal to {@code current}. */
    <T> Changes set(T incoming, T current, Consumer<T> setter) {
        if (incoming != null && !same(incoming, current)) {
            setter.accept(incoming);
            changed = true;
        }
        return this;
    }

    boolean any() {
        return changed;
    }

    /** Decimals are equal whatever their scale: 5 and 5.000 are the same weight. */
    static boolean same(Object incoming, Object current) {
        if (incoming instanceof BigDecimal a && current instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(incoming, current);
    }
}
