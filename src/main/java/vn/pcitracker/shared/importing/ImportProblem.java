package vn.pcitracker.shared.importing;

import java.util.Arrays;
import java.util.function.BiFunction;
import vn.pcitracker.shared.TranslationKey;
import vn.pcitracker.shared.ValidationException;

/**
 * Why a file, a row or a cell cannot be imported, as a translation key so that every user reads it in their
 * language.
 *
 * @param row        the spreadsheet row (header = 1), or 0 for the whole file
 * @param column     the template column id it concerns, or null for the whole row or file
 * @param messageKey translation key; {@link ImportProblems} holds the shared ones
 * @param args       the message's arguments; a {@link TranslationKey} is translated first
 */
public record ImportProblem(int row, String column, String messageKey, Object... args) {

    /** A problem of the whole file. */
    public static ImportProblem ofFile(String messageKey, Object... args) {
        return new ImportProblem(0, null, messageKey, args);
    }

    /** A rule a service broke while importing, as a problem of the whole file (its field as the column). */
    public static ImportProblem of(ValidationException.Violation violation) {
        return new ImportProblem(0, violation.field(), violation.messageKey(), violation.args());
    }

    /** The message in the reader's language. */
    public String translate(BiFunction<String, Object[], String> translator) {
        Object[] resolved = Arrays.stream(args)
                .map(arg -> arg instanceof TranslationKey key ? translator.apply(key.key(), new Object[0]) : arg)
                .toArray();
        return translator.apply(messageKey, resolved);
    }

    /** Same row, column, key and arguments. */
    public boolean sameAs(ImportProblem other) {
        return row == other.row && java.util.Objects.equals(column, other.column)
                && messageKey.equals(other.messageKey) && Arrays.equals(args, other.args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem problem && sameAs(problem);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, column, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return row + (column == null ? "" : "/" + column) + ": " + messageKey + Arrays.toString(args);
    }
}
