package vn.pcitracker.shared.importing;

import java.util.regex.Pattern;

/**
 * Vietnamese tax codes (mã số thuế): 10 digits for an enterprise, 10 digits, a hyphen and 3 digits for a branch.
 */
public final class TaxCodes {

    private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");

    private TaxCodes() {
    }

    /** Whether the text has the shape of a tax code. */
    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
