package vn.pcitracker.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.pcitracker.shared.Violations;

/**
 * Rules for passwords chosen by people (demo logins are exempt: they exist only in demo mode), after OWASP ASVS
 * 2.1: at least 12 characters, up to 128 (any character, spaces too, so pass phrases work), not the username, and
 * not on the list of common passwords shipped in {@code security/common-passwords.txt}, compared case-insensitively.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private PasswordPolicy() {
    }

    static void check(String password, String username, Violations violations) {
        if (password == null || password.isBlank()) {
            violations.add("password", "shared.validation.required");
        } else if (password.length() < MIN_LENGTH) {
            violations.add("password", "security.PasswordPolicy.tooShort", MIN_LENGTH);
        } else if (password.length() > MAX_LENGTH) {
            violations.add("password", "shared.validation.tooLong", MAX_LENGTH);
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add("password", "security.PasswordPolicy.containsUsername");
        } else if (isCommon(password)) {
            violations.add("password", "security.PasswordPolicy.common");
        }
    }

    static boolean isCommon(String password) {
        return CommonPasswords.LIST.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** Read on first use only: some fifty thousand entries, kept for the life of the application. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
                }
                Set<String> passwords = new HashSet<>(80_000);
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
