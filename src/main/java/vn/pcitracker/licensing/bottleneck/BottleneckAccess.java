package vn.pcitracker.licensing.bottleneck;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.pcitracker.licensing.bottleneck.domain.Bottleneck;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;

/**
 * Which bottlenecks the current user may see and how they stand to one: the object-level half of access
 * control ({@link BottleneckSearchSql} is the same rule in SQL), the method-level half being {@code @PreAuthorize}.
 * Investment officers, leaders and administrators see all; agency officers those of their agency (concerned or
 * owner of the fix); association representatives the public ones.
 */
@Component
class BottleneckAccess {

    /** The user behind a command: an account, or (system work) an authentication without one. */
    record Me(Long accountId, String name, Role role, Long agencyId) {
    }

    private final CurrentUser currentUser;

    BottleneckAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Me me() {
        return currentUser.get().map(user -> new Me(user.accountId(), user.displayName(), user.role(), user.agencyId()))
                .orElseGet(BottleneckAccess::withoutAccount);
    }

    static boolean canSee(Bottleneck bottleneck, Me me) {
        return switch (me.role()) {
            case INVESTMENT_OFFICER, LEADER, ADMIN -> true;
            case AGENCY_OFFICER -> me.agencyId() != null && bottleneck.involvesAgency(me.agencyId());
            case ASSOCIATION_REP -> bottleneck.isPublic();
        };
    }

    static BottleneckWorkflow.Standing standing(Bottleneck bottleneck, Me me) {
        return new BottleneckWorkflow.Standing(me.role(), me.agencyId() != null && bottleneck.involvesAgency(me.agencyId()));
    }

    private static Me withoutAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("No signed-in user");
        }
        Role role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)))
                .findFirst().orElseThrow(() -> new AccessDeniedException("No role"));
        return new Me(null, authentication.getName(), role, null);
    }
}
