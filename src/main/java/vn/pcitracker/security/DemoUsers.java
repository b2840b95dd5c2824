package vn.pcitracker.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Lets demo data sets act as the demo accounts, so that what they create goes through the real services, rights and
 * history exactly as if those people had done it in the application.
 */
@Component
public class DemoUsers {

    private final UserDetailsService users;

    DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    /** Runs one command as the account {@code username}, then gives the thread back its previous identity. */
    public <T> T as(String username, Supplier<T> command) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return command.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
