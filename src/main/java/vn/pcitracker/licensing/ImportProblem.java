package vn.pcitracker.licensing;

/**
 * One problem of an imported CSV file: the line of the file (1 = header), the column name (null for the whole
 * line or file) and a translation key with its arguments.
 */
public record ImportProblem(long line, String column, String messageKey, Object... args) {
}
