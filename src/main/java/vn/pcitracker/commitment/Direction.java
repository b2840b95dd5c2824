package vn.pcitracker.commitment;

/** Which way a criterion improves; the label is translated under {@code commitment.Direction.<NAME>}. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    public String labelKey() {
        return "commitment.Direction." + name();
    }

    /** Whether {@code value} is at least as good as {@code reference} in this direction. */
    public boolean atLeastAsGood(java.math.BigDecimal value, java.math.BigDecimal reference) {
        int comparison = value.compareTo(reference);
        return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }
}
