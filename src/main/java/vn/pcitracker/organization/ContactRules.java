package vn.pcitracker.organization;

import java.util.regex.Pattern;
import vn.pcitracker.shared.Violations;

/** Checks shared by associations and enterprises: contact lengths, e-mail shape and tax code format. */
final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactRules() {
    }

    static void check(Violations violations, String service, String name, String phone, String email) {
        violations.maxLength("contactName", name, AssociationForm.CONTACT_NAME_MAX)
                .maxLength("contactPhone", phone, AssociationForm.CONTACT_PHONE_MAX)
                .maxLength("contactEmail", email, AssociationForm.CONTACT_EMAIL_MAX);
        String cleaned = Violations.clean(email);
        violations.check(cleaned == null || EMAIL.matcher(cleaned).matches(), "contactEmail",
                "organization." + service + ".emailInvalid");
    }

    /** Adds the format violation and returns the normalised code, or null when absent or invalid. */
    static String taxCode(Violations violations, String raw) {
        String normalized = TaxCode.normalize(raw);
        if (normalized != null && !TaxCode.isValid(normalized)) {
            violations.add("taxCode", TaxCode.INVALID);
            return null;
        }
        return normalized;
    }
}
