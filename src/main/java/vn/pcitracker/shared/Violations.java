package vn.pcitracker.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rules a command breaks so that a user sees all problems at once, then throws them
 * together as one {@link ValidationException}. Services call this before touching the database.
 */
public final class Violations {

    /** Message key for text holding characters that cannot be stored. */
    public static final String INVALID_CHARACTERS = "shared.validation.invalidCharacters";

    private final List<ValidationException.Violation> found = new ArrayList<>();

    public Violations require(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(field, "shared.validation.required");
        }
        return this;
    }

    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "shared.validation.tooLong", max);
        }
        return this;
    }

    public Violations check(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            add(field, messageKey, args);
        }
        return this;
    }

    public Violations add(String field, String messageKey, Object... args) {
        found.add(new ValidationException.Violation(field, messageKey, args));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** What was found so far, for callers that report the problems elsewhere (an import, row by row). */
    public List<ValidationException.Violation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }

    /**
     * Trims text input; blank becomes null so that optional fields are stored as absent. Text PostgreSQL cannot hold
     * (a NUL character, half of a surrogate pair) is refused here, before anything is stored, with
     * {@link #INVALID_CHARACTERS}: it used to reach the database and fail there (found by the property tests of issue 9).
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        if (!storable(value)) {
            throw new ValidationException(null, INVALID_CHARACTERS);
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Whether PostgreSQL can store the text as it is: no NUL, every surrogate in a pair. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
