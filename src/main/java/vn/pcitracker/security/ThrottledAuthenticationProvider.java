package vn.pcitracker.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind the {@link LoginThrottle}: a locked name or address is refused with a
 * {@link LockedException} before the password is looked at; a wrong password is counted, a right one clears the
 * count. Spring publishes its usual authentication events for all of these (the audit log listens to them).
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = address(authentication);
        refuseWhileLocked(username, address);
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(username, address);
            refuseWhileLocked(username, address);
            throw wrong;
        }
    }

    private void refuseWhileLocked(String username, String address) {
        Optional<Instant> until = throttle.lockedUntil(username, address);
        if (until.isPresent()) {
            throw new LockedException("Login temporarily locked until " + until.get());
        }
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
