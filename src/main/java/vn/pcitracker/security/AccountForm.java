package vn.pcitracker.security;

import vn.pcitracker.shared.Role;

/** What an administrator enters for an account; the username cannot change after creation. */
public record AccountForm(String username, String displayName, String email, Role role, Long agencyId,
                          Long associationId) {
}
