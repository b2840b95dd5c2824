package vn.pcitracker.organization;

import java.util.regex.Pattern;
import vn.pcitracker.shared.ValidationException;

/**
 * A Vietnamese tax code (mã số thuế): 10 digits, or 10 digits, a hyphen and 3 digits for a branch. Only
 * the format is checked, not the check digit, so that clearly synthetic demo codes stay possible.
 */
public record TaxCode(String value) {

    public static final String INVALID = "organization.TaxCode.invalid";
    public static final int MAX_LENGTH = 14;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{10}(-[0-9]{3})?");

    public TaxCode {
        String normalized = normalize(value);
        if (normalized == null || !FORMAT.matcher(normalized).matches()) {
            throw new ValidationException("taxCode", INVALID);
        }
        value = normalized;
    }

    public static TaxCode of(String raw) {
        return new TaxCode(raw);
    }

    /** Whitespace removed (people type "0201 234 567"); null when nothing is left. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replaceAll("\\s+", "");
        return compact.isEmpty() ? null : compact;
    }

    public static boolean isValid(String raw) {
        String normalized = normalize(raw);
        return normalized != null && FORMAT.matcher(normalized).matches();
    }

    /** The branch part ("001"), or null for a head office. */
    public String branch() {
        return value.length() > 10 ? value.substring(11) : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
