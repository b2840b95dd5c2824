package vn.pcitracker.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the rules a command breaks so that a user sees all problems at once, then throws them
 * together as one {@link ValidationException}. Services call this before touching the database.
 */
public final class Violations {

    /** Message key for text holding characters that cannot be stored. */
    public static final String INVALID_CHARACTERS = "shared.validation.invalidCharacters";

    /** Message key for a link that is not an http or https address. */
    public static final String NOT_WEB_ADDRESS = "shared.validation.notWebAddress";
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

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

    /**
     * A source link shown as a link must be an http or https address: a {@code javascript:} address in a link runs
     * script when clicked (issue 9, bad input). Blank passes: the link is optional.
     */
    public Violations webAddress(String field, String value) {
        return check(isWebAddress(value), field, NOT_WEB_ADDRESS);
    }

    /** Whether {@code value} is blank or an http or https address without spaces. */
    public static boolean isWebAddress(String value) {
        return value == null || value.isBlank() || WEB_ADDRESS.matcher(value.strip()).matches();
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
