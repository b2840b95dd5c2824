package vn.pcitracker.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Signs a stored account in for a test, with the same principal the login form would produce, so that
 * {@link CurrentUser} returns the real {@link SignedInUser} and method security sees the real role.
 */
public final class TestLogins {

    private TestLogins() {
    }

    /** Puts the account into the current thread's security context and returns its authentication. */
    public static Authentication signIn(ApplicationContext context, String username) {
        UserDetails principal = context.getBean(AccountUserDetailsService.class).loadUserByUsername(username);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        return authentication;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
