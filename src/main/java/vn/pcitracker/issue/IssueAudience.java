package vn.pcitracker.issue;

/**
 * Whose view of the issues a caller that sees everything asks for on someone else's behalf (a partner system
 * acting for an association, say): {@link #everything()}, or what one association may see (the issues it
 * submitted or backs, and public ones). It can only narrow: the methods that take it are open only to roles
 * that see every issue anyway.
 */
public record IssueAudience(Long associationId) {

    public static IssueAudience everything() {
        return new IssueAudience(null);
    }

    public static IssueAudience association(long associationId) {
        return new IssueAudience(associationId);
    }

    public boolean isEverything() {
        return associationId == null;
    }

    IssueSearchSql.Visibility visibility() {
        return isEverything() ? IssueSearchSql.Visibility.all() : IssueSearchSql.Visibility.association(associationId);
    }

    /** The user an association's representative would be, for the object-level checks of {@link IssueAccess}. */
    IssueAccess.Me narrow(IssueAccess.Me caller) {
        return isEverything() ? caller
                : new IssueAccess.Me(null, caller.name(), vn.pcitracker.shared.Role.ASSOCIATION_REP, null, associationId);
    }
}
