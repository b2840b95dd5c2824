package vn.pcitracker.security;

import vn.pcitracker.shared.Violations;

/** Rules for passwords chosen by people (demo logins are exempt: they exist only in demo mode). */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String password, String username, Violations violations) {
        if (password == null || password.isBlank()) {
            violations.add("password", "shared.validation.required");
        } else if (password.length() < MIN_LENGTH) {
            violations.add("password", "security.PasswordPolicy.tooShort", MIN_LENGTH);
        } else if (password.length() > MAX_LENGTH) {
            violations.add("password", "shared.validation.tooLong", MAX_LENGTH);
        } else if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            violations.add("password", "security.PasswordPolicy.containsUsername");
        }
    }
}
