package vn.pcitracker.security;

import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Signs a stored account in for a test, with the same principal the login form would produce, so that
 * {@link CurrentUser} returns the real {@link SignedInUser} and method security sees the real role.
 */
public final class TestLogins {

    /**
     * The strategy of the context last signed into. Each application context that starts (FirstAdministratorTest
     * starts a second one) installs its own Vaadin-aware strategy as the static default, each with its own
     * thread-local, while the shared context's method security keeps reading its own: so the context is set on
     * both, whatever order the test classes run in.
     */
    private static SecurityContextHolderStrategy lastStrategy;

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
        lastStrategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        lastStrategy.setContext(securityContext);
        return authentication;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
        if (lastStrategy != null) {
            lastStrategy.clearContext();
        }
    }

    /** A session of the account as if it had just signed in from {@code address}, listed in the session directory. */
    public static MockHttpSession signedInSession(ApplicationContext context, String username, String address) {
        AccountPrincipal principal = (AccountPrincipal) context.getBean(AccountUserDetailsService.class).loadUserByUsername(username);
        MockHttpSession session = new MockHttpSession();
        context.getBean(SessionDirectory.class).requestOf(session, principal.user(), address, Instant.now());
        return session;
    }
}
