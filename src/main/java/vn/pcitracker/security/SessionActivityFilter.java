package vn.pcitracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security has restored who is signed in (servlet filters that are beans come after its chain):
 * keeps the {@link SessionDirectory} up to date and enforces the absolute session lifetime. A session past it is
 * invalidated and the request goes on as nobody's, so Vaadin answers it as an expired session and the browser
 * lands on the login page.
 */
@Component
class SessionActivityFilter extends OncePerRequestFilter {

    private final SessionDirectory directory;
    private final CurrentUser currentUser;

    SessionActivityFilter(SessionDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SignedInUser user = currentUser.get().orElse(null);
        if (session != null && user != null && !stillValid(session, user, request.getRemoteAddr())) {
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpSession session, SignedInUser user, String address) {
        try {
            return directory.requestOf(session, user, address, Instant.now());
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
