package vn.pcitracker.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.core.Authentication;

/**
 * Vaadin's own decision on a navigation, with one addition: a signed-in user refused a view is published as Spring
 * Security's {@code AuthorizationDeniedEvent}, like a refused service call or web request, so the audit log records
 * who, which route, when and from where. Not recorded: anonymous visitors (they are sent to the login, which is not a
 * refusal), checks made without navigating (which menu entries to show) and the error view's own check.
 */
final class NavigationRefusals implements AccessCheckDecisionResolver {

    private final AccessCheckDecisionResolver vaadinsDecision = new DefaultAccessCheckDecisionResolver();
    private final transient ObjectProvider<AuthorizationEventPublisher> publisher;

    NavigationRefusals(ObjectProvider<AuthorizationEventPublisher> publisher) {
        this.publisher = publisher;
    }

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        AccessCheckResult result = vaadinsDecision.resolve(results, context);
        if (result.decision() == AccessCheckDecision.DENY && context.isNavigating() && !context.isErrorHandling()
                && context.getPrincipal() instanceof Authentication who && who.isAuthenticated()) {
            publisher.ifAvailable(events -> events.publishAuthorizationEvent(() -> who, context,
                    new AuthorizationDecision(false)));
        }
        return result;
    }
}
