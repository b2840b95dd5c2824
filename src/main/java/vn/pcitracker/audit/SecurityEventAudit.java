package vn.pcitracker.audit;

import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Logins, failed logins, logouts and refused accesses, from the events Spring Security publishes (refusals only
 * because {@link AuditConfiguration} declares an authorization event publisher; refused Vaadin navigations because
 * the security module publishes them through it too, as the route and the view). Each is committed at once: a
 * refusal usually ends the caller's transaction with a rollback.
 */
@Component
class SecurityEventAudit {

    static final String LOGIN = "login";
    static final String LOGOUT = "logout";
    static final String ACCESS = "access";

    private final AuditTrail trail;

    SecurityEventAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        trail.recordIndependently(event.getAuthentication(), LOGIN, null, null, AuditOutcome.SUCCESS, null);
    }

    /** The attempted username is recorded as typed (neutralised): it may be an account or a guess. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        trail.recordIndependently(event.getAuthentication().getName(), LOGIN, AuditOutcome.FAILED,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        trail.recordIndependently(event.getAuthentication(), LOGOUT, null, null, AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        Object secured = event.getSource();
        if (secured instanceof MethodInvocation invocation) {
            String type = ClassUtils.getUserClass(invocation.getMethod().getDeclaringClass()).getSimpleName();
            trail.recordIndependently(who, ACCESS, type, null, AuditOutcome.REFUSED,
                    type + "." + invocation.getMethod().getName());
        } else if (secured instanceof HttpServletRequest request) {
            trail.recordIndependently(who, ACCESS, "url", null, AuditOutcome.REFUSED,
                    request.getMethod() + " " + request.getRequestURI());
        } else if (secured instanceof NavigationContext navigation) {
            trail.recordIndependently(who, ACCESS, "route", "/" + navigation.getLocation().getPath(),
                    AuditOutcome.REFUSED, navigation.getNavigationTarget().getSimpleName());
        } else {
            trail.recordIndependently(who, ACCESS, null, null, AuditOutcome.REFUSED, String.valueOf(secured));
        }
    }
}
