package vn.pcitracker.security;

import java.time.Instant;
import java.util.Locale;
import vn.pcitracker.shared.Role;

/** An account as administrators see it; never carries the password hash. */
public record AccountSummary(long id, String username, String displayName, String email, Role role,
                             Long agencyId, Long associationId, Locale preferredLocale, boolean enabled,
                             boolean synthetic, Instant createdAt, long version) {
}
