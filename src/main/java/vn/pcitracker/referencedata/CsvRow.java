package vn.pcitracker.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** One data row; every accessor reports the file and line when a value is missing or malformed. */
public final class CsvRow {

    private final String file;
    private final long line;
    private final CSVRecord csvRecord;

    CsvRow(String file, long line, CSVRecord csvRecord) {
        this.file = file;
        this.line = line;
        this.csvRecord = csvRecord;
    }

    public long line() {
        return line;
    }

    /** A required value. */
    public String text(String column) {
        String value = optional(column);
        if (value == null) {
            throw problem("column '" + column + "' is empty");
        }
        return value;
    }

    /** An optional value: null when the cell is empty. */
    public String optional(String column) {
        if (!csvRecord.isMapped(column)) {
            throw problem("no column '" + column + "' in the header");
        }
        String value = csvRecord.isSet(column) ? csvRecord.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Values separated by {@code ;} in one cell. */
    public List<String> list(String column) {
        String value = optional(column);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Integer integer(String column) {
        String value = optional(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw problem("column '" + column + "' is not a whole number: " + value);
        }
    }

    public BigDecimal decimal(String column) {
        String value = optional(column);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw problem("column '" + column + "' is not a number: " + value);
        }
    }

    /** ISO dates (yyyy-MM-dd) in data files. */
    public LocalDate date(String column) {
        String value = optional(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem("column '" + column + "' is not a date (yyyy-MM-dd): " + value);
        }
    }

    public boolean bool(String column, boolean whenEmpty) {
        String value = optional(column);
        if (value == null) {
            return whenEmpty;
        }
        return switch (value.toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw problem("column '" + column + "' is not true/false: " + value);
        };
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = text(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw problem("column '" + column + "' has an unknown value: " + value);
        }
    }

    public ReferenceDataException problem(String message) {
        return new ReferenceDataException(file, line, message);
    }
}
