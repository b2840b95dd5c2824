package vn.pcitracker.audit;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who acted, read from a Spring Security authentication: an account's username and role, {@code system} for
 * start-up and scheduled work, {@code api:<key label>} for a partner system (the API key's authority, or the
 * intake desk it acts as, named {@code API: <label>}), {@code anonymous} for nobody.
 */
record AuditActor(String name, String role) {

    static final AuditActor ANONYMOUS = new AuditActor("anonymous", null);
    static final String API_CLIENT = "API_CLIENT";
    private static final String API_DESK_PREFIX = "API: ";

    static AuditActor of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null) {
            return ANONYMOUS;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        String name = authentication.getName();
        if (authorities.contains(API_CLIENT)) {
            return new AuditActor("api:" + name, API_CLIENT);
        }
        String role = authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .sorted().findFirst().orElse(null);
        if (name.startsWith(API_DESK_PREFIX)) {
            return new AuditActor("api:" + name.substring(API_DESK_PREFIX.length()), role);
        }
        return new AuditActor(name, role);
    }
}
