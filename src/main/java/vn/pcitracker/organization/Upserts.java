package vn.pcitracker.organization;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.pcitracker.referencedata.CsvRow;

/** Helpers for loading CSV rows: an empty cell never overwrites, and only real changes count. */
final class Upserts {

    private Upserts() {
    }

    /** Sets {@code value} when the cell had one and it differs; returns whether it changed. */
    static <T> boolean put(T value, Supplier<T> current, Consumer<T> setter) {
        if (value == null || Objects.equals(value, current.get())) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    /** An optional cell that must fit its column. */
    static String fitting(CsvRow row, String column, int max) {
        String value = row.optional(column);
        if (value != null && value.length() > max) {
            throw row.problem("column '" + column + "' is longer than " + max + " characters");
        }
        return value;
    }

    static String requiredFitting(CsvRow row, String column, int max) {
        row.text(column);
        return fitting(row, column, max);
    }

    static String taxCode(CsvRow row, String column) {
        String value = row.optional(column);
        if (value != null && !TaxCode.isValid(value)) {
            throw row.problem("column '" + column + "' is not a tax code (10 digits, or 10-3): " + value);
        }
        return TaxCode.normalize(value);
    }
}
