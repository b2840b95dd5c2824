package vn.pcitracker.commitment;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentUnit;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;

/**
 * Who may do what with a commitment, the object-level half of access control (each service method's
 * {@code @PreAuthorize} being the other): investment officers and administrators manage every commitment; leaders
 * read all; agency officers read those their agency signed or is a unit of, and check in for units that are their
 * agency or, for divisions, when their agency signed; association representatives see none.
 */
@Component
class CommitmentAccess {

    /** The user behind a command: an account, or (system work) an authentication without one. */
    record Me(Long accountId, String name, Role role, Long agencyId) {
    }

    private final CurrentUser currentUser;

    CommitmentAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Me me() {
        return currentUser.get().map(user -> new Me(user.accountId(), user.displayName(), user.role(), user.agencyId()))
                .orElseGet(CommitmentAccess::withoutAccount);
    }

    static boolean mayManage(Me me) {
        return me.role() == Role.INVESTMENT_OFFICER || me.role() == Role.ADMIN;
    }

    static boolean canRead(Commitment commitment, Me me) {
        return switch (me.role()) {
            case INVESTMENT_OFFICER, LEADER, ADMIN -> true;
            case AGENCY_OFFICER -> me.agencyId() != null && commitment.involvesAgency(me.agencyId());
            case ASSOCIATION_REP -> false;
        };
    }

    static boolean canCheckIn(Commitment commitment, CommitmentUnit unit, Me me) {
        if (me.role() != Role.AGENCY_OFFICER || me.agencyId() == null) {
            return false;
        }
        return unit.isAgency(me.agencyId())
                || unit.getDivisionName() != null && commitment.getSigningAgencyId().equals(me.agencyId());
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
