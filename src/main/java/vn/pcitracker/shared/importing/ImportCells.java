package vn.pcitracker.shared.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a row's cells, adding a problem with the row and column when a cell cannot be read.
 * Each returns null for a blank cell without a problem (blank required cells are reported by {@link #required} or
 * by the session), and null with a problem for a cell it cannot read.
 */
public final class ImportCells {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GROUPED_INTEGER = Pattern.compile("-?\\d{1,3}([., ]\\d{3})+");

    private ImportCells() {
    }

    /** The text, or null with a "required" problem when the cell is blank. */
    public static String required(ImportRow row, String column, ImportProblems problems) {
        String value = row.get(column);
        if (value == null) {
            problems.required(row.row(), column);
        }
        return value;
    }

    /** The text, or null with a problem when it is longer than {@code maxLength}. */
    public static String text(ImportRow row, String column, int maxLength, ImportProblems problems) {
        String value = row.get(column);
        if (value != null && value.length() > maxLength) {
            problems.tooLong(row.row(), column, maxLength, value.length());
            return null;
        }
        return value;
    }

    /** A date written dd/MM/yyyy (also d/M/yyyy) or yyyy-MM-dd; an xlsx date cell arrives as the latter. */
    public static LocalDate date(ImportRow row, String column, ImportProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            problems.notADate(row.row(), column, value);
        }
        return date;
    }

    /** A whole number; "1.000", "1,000" and "1 000" read as one thousand. */
    public static Long integer(ImportRow row, String column, ImportProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        Long number = parseInteger(value);
        if (number == null) {
            problems.notAnInteger(row.row(), column, value);
        }
        return number;
    }

    /**
     * A decimal number, with a dot or a comma before the decimals ("7,5" and "7.5"); when both appear, the last is the
     * decimal mark and the other groups thousands ("1.234,5" and "1,234.5").
     */
    public static BigDecimal decimal(ImportRow row, String column, ImportProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        BigDecimal number = parseDecimal(value);
        if (number == null) {
            problems.notANumber(row.row(), column, value);
        }
        return number;
    }

    /** A Vietnamese tax code (mã số thuế), see {@link TaxCodes}; returned as written, without spaces. */
    public static String taxCode(ImportRow row, String column, ImportProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String code = value.replace(" ", "");
        if (!TaxCodes.isValid(code)) {
            problems.add(row.row(), column, ImportProblems.NOT_A_TAX_CODE, value);
            return null;
        }
        return code;
    }

    static LocalDate parseDate(String value) {
        String text = value.strip();
        try {
            return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Long parseInteger(String value) {
        String text = value.strip();
        if (GROUPED_INTEGER.matcher(text).matches()) {
            text = text.replaceAll("[., ]", "");
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal parseDecimal(String value) {
        String text = value.strip().replace(" ", "");
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            text = dot > comma ? text.replace(",", "") : text.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            text = text.indexOf(',') == comma ? text.replace(',', '.') : text.replace(",", "");
        } else if (dot >= 0 && text.indexOf('.') != dot) {
            text = text.replace(".", "");
        }
        try {
            return text.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(text) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
