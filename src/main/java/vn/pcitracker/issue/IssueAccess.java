package vn.pcitracker.issue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.domain.Issue;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;

/**
 * Which issues the current user may see, and how they stand to one (lead agency, coordinator, party): the
 * object-level half of access control, the method-level half being each service method's {@code @PreAuthorize}.
 */
@Component
class IssueAccess {

    /** The user behind a command: an account, or (system work, tests) an authentication without one. */
    record Me(Long accountId, String name, Role role, Long agencyId, Long associationId) {
    }

    private final CurrentUser currentUser;

    IssueAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Me me() {
        return currentUser.get()
                .map(user -> new Me(user.accountId(), user.displayName(), user.role(), user.agencyId(), user.associationId()))
                .orElseGet(IssueAccess::withoutAccount);
    }

    /**
     * Investment officers, leaders and administrators see every issue; agency officers those their agency leads
     * or coordinates; association representatives those their association submitted or backs, and public ones.
     */
    static boolean canSee(Issue issue, Me me) {
        return switch (me.role()) {
            case INVESTMENT_OFFICER, LEADER, ADMIN -> true;
            case AGENCY_OFFICER -> me.agencyId() != null && issue.involvesAgency(me.agencyId());
            case ASSOCIATION_REP -> issue.isPublic() || (me.associationId() != null && issue.hasAssociation(me.associationId()));
        };
    }

    /** Steps between officials only: an association representative does not see them in the timeline. */
    static final Set<IssueAction> INTERNAL_STEPS = EnumSet.of(IssueAction.EDIT, IssueAction.CLASSIFY,
            IssueAction.CONTRIBUTE, IssueAction.REQUEST_EXTENSION, IssueAction.CARRY_OVER);
    /** Steps whose note is addressed to the submitter; other notes are officials' instructions and reasons. */
    static final Set<IssueAction> NOTES_FOR_SUBMITTERS = EnumSet.of(IssueAction.ANSWER, IssueAction.REJECT,
            IssueAction.FEEDBACK_SATISFIED, IssueAction.FEEDBACK_UNSATISFIED, IssueAction.WITHDRAW);

    /**
     * The timeline as the user may read it: everything for officials; for an association representative the
     * steps that concern the submitter (received, assigned, deadlines, answer, feedback...) without internal notes.
     */
    static List<TimelineEntry> timeline(List<TimelineEntry> entries, Me me) {
        if (me.role() != Role.ASSOCIATION_REP) {
            return entries;
        }
        return entries.stream().filter(entry -> !INTERNAL_STEPS.contains(entry.action()))
                .map(entry -> NOTES_FOR_SUBMITTERS.contains(entry.action()) ? entry : new TimelineEntry(entry.at(),
                        entry.actorName(), entry.action(), entry.fromState(), entry.toState(), null, entry.oldDeadline(),
                        entry.newDeadline(), entry.agencyId()))
                .toList();
    }

    static IssueWorkflow.Standing standing(Issue issue, Me me) {
        Long agency = me.agencyId();
        Long association = me.associationId();
        return new IssueWorkflow.Standing(me.role(),
                agency != null && Objects.equals(agency, issue.getLeadAgencyId()),
                agency != null && issue.getCoordinatorAgencyIds().contains(agency),
                association != null && issue.hasAssociation(association),
                association != null && issue.hasSubmitterAssociation(association));
    }

    private static Me withoutAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("No signed-in user");
        }
        Role role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)))
                .findFirst().orElseThrow(() -> new AccessDeniedException("No role"));
        return new Me(null, authentication.getName(), role, null, null);
    }
}
