package vn.pcitracker.indicator;

/**
 * One problem of an uploaded CSV file: its line (1 = header, 0 = the whole file), the column (null for the whole
 * line or file), and a translation key with its arguments, so that each user reads it in their language.
 */
public record CsvProblem(long line, String column, String messageKey, Object... args) {
}
