package vn.pcitracker.issue;

import org.springframework.stereotype.Component;
import vn.pcitracker.attachment.AttachmentOwnerPolicy;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.Role;

/**
 * Files of a recommendation: whoever may see the issue may read them; the investment department and the
 * agencies leading or coordinating it, and the association that filed it, may add and remove them while the issue
 * is not final.
 */
@Component
public class IssueAttachmentPolicy implements AttachmentOwnerPolicy {

    public static final String OWNER_TYPE = "ISSUE";

    private final IssueService issues;
    private final CurrentUser currentUser;

    IssueAttachmentPolicy(IssueService issues, CurrentUser currentUser) {
        this.issues = issues;
        this.currentUser = currentUser;
    }

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean canRead(long ownerId) {
        return currentUser.get().isPresent() && issues.find(ownerId).isPresent();
    }

    @Override
    public boolean canWrite(long ownerId) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        return issues.find(ownerId).filter(issue -> !issue.state().isFinal()).filter(issue -> user.is(Role.INVESTMENT_OFFICER)
                || user.is(Role.AGENCY_OFFICER) && user.agencyId() != null
                && (user.agencyId().equals(issue.leadAgencyId()) || issue.coordinatorAgencyIds().contains(user.agencyId()))
                || user.is(Role.ASSOCIATION_REP) && submittedBy(issue, user.associationId()))
                .isPresent();
    }

    /** The association that filed the issue may add its documents (portal submissions). */
    private static boolean submittedBy(IssueDetails issue, Long associationId) {
        return associationId != null && issue.parties().stream()
                .anyMatch(party -> party.submitter() && associationId.equals(party.associationId()));
    }
}
