package vn.pcitracker.indicator;

/**
 * One problem of an imported DDCI results file: the line (1 = header, 0 = the whole file), the column (null for the
 * whole line or file) and a translation key with its arguments.
 */
public record DdciImportProblem(long line, String column, String messageKey, Object... args) {
}
