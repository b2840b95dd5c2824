package vn.pcitracker.shared.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of a file so that the user sees them all at once, with the shared messages worded the same
 * in every import. The same problem added twice is kept once.
 */
public final class ImportProblems {

    /** Prefix of the shared message keys ({@code i18n/importing.properties}). */
    public static final String KEY = "importing.ImportProblems.";
    public static final String REQUIRED = KEY + "required";
    public static final String NOT_A_DATE = KEY + "notADate";
    public static final String NOT_A_NUMBER = KEY + "notANumber";
    public static final String NOT_AN_INTEGER = KEY + "notAnInteger";
    public static final String OUT_OF_RANGE = KEY + "outOfRange";
    public static final String TOO_LONG = KEY + "tooLong";
    public static final String UNKNOWN = KEY + "unknown";
    public static final String AMBIGUOUS = KEY + "ambiguous";
    public static final String DUPLICATE = KEY + "duplicate";
    public static final String NOT_A_TAX_CODE = KEY + "notATaxCode";
    public static final String FORMULA = KEY + "formula";

    private final Set<ImportProblem> found = new LinkedHashSet<>();

    public ImportProblems add(int row, String column, String messageKey, Object... args) {
        found.add(new ImportProblem(row, column, messageKey, args));
        return this;
    }

    public ImportProblems add(ImportProblem problem) {
        found.add(problem);
        return this;
    }

    public ImportProblems addAll(Collection<ImportProblem> problems) {
        found.addAll(problems);
        return this;
    }

    /** "Required: the cell is empty." */
    public ImportProblems required(int row, String column) {
        return add(row, column, REQUIRED);
    }

    /** "'{0}' is not a date; write dd/MM/yyyy." */
    public ImportProblems notADate(int row, String column, String value) {
        return add(row, column, NOT_A_DATE, value);
    }

    /** "'{0}' is not a number." */
    public ImportProblems notANumber(int row, String column, String value) {
        return add(row, column, NOT_A_NUMBER, value);
    }

    /** "'{0}' is not a whole number." */
    public ImportProblems notAnInteger(int row, String column, String value) {
        return add(row, column, NOT_AN_INTEGER, value);
    }

    /** "{0} is outside {1} to {2}." */
    public ImportProblems outOfRange(int row, String column, Object value, Object min, Object max) {
        return add(row, column, OUT_OF_RANGE, value, min, max);
    }

    /** "At most {0} characters ({1} given)." */
    public ImportProblems tooLong(int row, String column, int max, int length) {
        return add(row, column, TOO_LONG, max, length);
    }

    /** "'{0}' is not in the list." (a catalogue: agencies, fields, associations...) */
    public ImportProblems unknown(int row, String column, String value) {
        return add(row, column, UNKNOWN, value);
    }

    /** "'{0}' matches {1} entries; write the full name." */
    public ImportProblems ambiguous(int row, String column, String value, int matches) {
        return add(row, column, AMBIGUOUS, value, matches);
    }

    /** "'{0}' already appears in row {1} of this file." */
    public ImportProblems duplicate(int row, String column, String value, int firstRow) {
        return add(row, column, DUPLICATE, value, firstRow);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public boolean hasRow(int row) {
        return found.stream().anyMatch(problem -> problem.row() == row);
    }

    public List<ImportProblem> list() {
        return List.copyOf(new ArrayList<>(found));
    }
}
