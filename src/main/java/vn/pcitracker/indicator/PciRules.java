package vn.pcitracker.indicator;

import java.math.BigDecimal;

/** The ranges PCI figures live in, shared by the services that accept them from a user or a file. */
public final class PciRules {

    /** PCI has been published annually since 2005. */
    public static final int FIRST_YEAR = 2005;
    public static final int LAST_YEAR = 2100;
    public static final BigDecimal MAX_COMPOSITE = BigDecimal.valueOf(100);
    public static final BigDecimal MAX_SCORE = BigDecimal.TEN;
    public static final BigDecimal WEIGHT_TOTAL = BigDecimal.valueOf(100);

    private PciRules() {
    }

    public static boolean isYear(Integer year) {
        return year != null && year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Within [0, max] with at most {@code decimals} decimals. */
    public static boolean within(BigDecimal value, BigDecimal max, int decimals) {
        return value != null && value.signum() >= 0 && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= decimals;
    }
}
