package vn.pcitracker.shared.importing;

import java.util.regex.Pattern;

/**
 * Vietnamese tax codes (mã số thuế): 10 digits for an enterprise; 10 digits, a hyphen and 3 digits (001-999) for a
 * branch. The 10th digit checks the first nine: with the weights 31, 29, 23, 19, 17, 13, 7, 5, 3 it equals
 * {@code 10 - (sum mod 11)}, so a remainder of 0 is never valid. This is the rule of python-stdnum's
 * {@code stdnum.vn.mst} (whose examples 0100233488 and 0314409058-002 pass it, as does Viettel's 0100109106); a
 * valid check digit says the code is well typed, not that the taxpayer exists.
 */
public final class TaxCodes {

    private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCodes() {
    }

    /** Whether the text is a well-formed tax code whose check digit is right. */
    public static boolean isValid(String code) {
        if (code == null || !FORMAT.matcher(code).matches() || code.endsWith("-000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (code.charAt(i) - '0');
        }
        return 10 - sum % 11 == code.charAt(9) - '0';
    }
}
