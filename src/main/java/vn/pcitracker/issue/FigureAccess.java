package vn.pcitracker.issue;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which agency's figures the current user may read: investment officers, leaders and administrators any agency
 * (or all, null); an agency officer only their own, whatever agency was asked for; nobody else any. The one rule
 * behind {@link IssueMeasures} and {@link IssueDashboardFigures}, applied inside every method so that a forged
 * scope never shows another agency.
 */
@Component
class FigureAccess {

    private final IssueAccess access;

    FigureAccess(IssueAccess access) {
        this.access = access;
    }

    /** The agency to compute over: the one asked for, or the officer's own; refuses other roles. */
    Long agency(Long requested) {
        IssueAccess.Me me = access.me();
        return switch (me.role()) {
            case INVESTMENT_OFFICER, LEADER, ADMIN -> requested;
            case AGENCY_OFFICER -> {
                if (me.agencyId() == null) {
                    throw new AccessDeniedException("An agency officer without an agency reads no figures");
                }
                yield me.agencyId();
            }
            case ASSOCIATION_REP -> throw new AccessDeniedException("Association representatives read no agency figures");
        };
    }
}
