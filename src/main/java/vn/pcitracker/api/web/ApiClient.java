package vn.pcitracker.api.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcitracker.issue.IssueAudience;
import vn.pcitracker.shared.Role;

/**
 * The partner system behind a request: the key it presented, and the association or named channel the key
 * speaks for. Requests made with a key carry it as their principal ({@link ApiKeyAuthentication}).
 */
public record ApiClient(long keyId, String label, Long associationId, String channelName) {

    /** The authority of every request made with a valid key; services of this module require it. */
    public static final String AUTHORITY = "API_CLIENT";
    public static final String HAS_KEY = "hasAuthority('" + AUTHORITY + "')";

    /** What the key may see of the recommendations: its association's view, or (a channel) the province's. */
    public IssueAudience audience() {
        return associationId == null ? IssueAudience.everything() : IssueAudience.association(associationId);
    }

    /** Name written in the recommendation's timeline for what the partner did. */
    public String actorName() {
        return "API: " + label;
    }

    /**
     * Runs {@code work} as the investment department's intake desk acting for this partner: the issue module
     * files recommendations only for the investment department, and lets only roles that see every issue ask for
     * a narrower {@link IssueAudience}. The principal has no account; the timeline names the partner.
     */
    public <T> T asIntakeDesk(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext desk = SecurityContextHolder.createEmptyContext();
        desk.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actorName(), null,
                List.of(new SimpleGrantedAuthority(Role.INVESTMENT_OFFICER.authority()))));
        SecurityContextHolder.setContext(desk);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The client of the current request, if it presented a valid key. */
    public static java.util.Optional<ApiClient> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key
                ? java.util.Optional.of(key.getPrincipal()) : java.util.Optional.empty();
    }
}
