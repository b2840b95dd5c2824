package vn.pcitracker.security;

import java.util.Locale;
import vn.pcitracker.shared.Role;

/** Who is working: what services need to decide which records a user may touch. */
public record SignedInUser(long accountId, String username, String displayName, Role role,
                           Long agencyId, Long associationId, Locale preferredLocale) {

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
