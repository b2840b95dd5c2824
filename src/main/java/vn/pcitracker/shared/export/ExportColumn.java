package vn.pcitracker.shared.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export, declared once for both formats.
 *
 * @param headerKey translation key of the header cell
 * @param type      how the cells are written; the value must be a {@link String} for TEXT, a {@link Number} for
 *                  INTEGER and DECIMAL, a {@link java.time.LocalDate} for DATE, or null for an empty cell
 * @param width     the column width in characters (xlsx)
 * @param value     the cell value of a row
 */
public record ExportColumn<T>(String headerKey, ColumnType type, int width, Function<? super T, ?> value) {

    public ExportColumn {
        Objects.requireNonNull(headerKey, "headerKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width <= 0) {
            throw new IllegalArgumentException("width must be positive, was " + width);
        }
    }

    public static <T> ExportColumn<T> text(String headerKey, int width, Function<? super T, String> value) {
        return new ExportColumn<>(headerKey, ColumnType.TEXT, width, value);
    }

    public static <T> ExportColumn<T> integer(String headerKey, int width, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(headerKey, ColumnType.INTEGER, width, value);
    }

    public static <T> ExportColumn<T> decimal(String headerKey, int width, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(headerKey, ColumnType.DECIMAL, width, value);
    }

    public static <T> ExportColumn<T> date(String headerKey, int width, Function<? super T, java.time.LocalDate> value) {
        return new ExportColumn<>(headerKey, ColumnType.DATE, width, value);
    }
}
