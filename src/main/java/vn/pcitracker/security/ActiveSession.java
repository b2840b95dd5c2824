package vn.pcitracker.security;

import java.time.Instant;
import vn.pcitracker.shared.Role;

/**
 * A signed-in session as administrators see it. {@code handle} is a random name for it, never the session id
 * itself, which would let whoever reads it take the session over.
 */
public record ActiveSession(String handle, long accountId, String username, String displayName, Role role,
                            Instant signedInAt, Instant lastRequestAt, String address) {
}
