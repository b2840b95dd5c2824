package vn.pcitracker.indicator.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.pcitracker.referencedata.CsvRow;

/** Decimal cells checked against the range and precision their database column accepts. */
final class Decimals {

    private Decimals() {
    }

    /** The value of {@code column}, or null when the cell is empty. */
    static BigDecimal within(CsvRow row, String column, int min, int max, int scale) {
        BigDecimal value = row.decimal(column);
        if (value == null) {
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw row.problem("column '" + column + "' must be between " + min + " and " + max + ": " + value);
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw row.problem("column '" + column + "' has more than " + scale + " decimals: " + value);
        }
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
