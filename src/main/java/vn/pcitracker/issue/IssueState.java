package vn.pcitracker.issue;

import java.util.EnumSet;
import java.util.Set;

/** Where a recommendation stands. Labels come from translation keys {@code issue.IssueState.<NAME>}. */
public enum IssueState {
    RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, ANSWERED, SATISFIED, REOPENED, CLOSED, FORWARDED, REJECTED, WITHDRAWN;

    /** States in which an agency still owes an answer: the deadline runs and the issue can become overdue. */
    public static final Set<IssueState> AWAITING_ANSWER = EnumSet.of(ASSIGNED, IN_PROGRESS, REOPENED);

    /**
     * States in which the recommendation is still being handled: received and not yet answered, forwarded,
     * rejected, withdrawn or closed, or reopened after an answer. The dashboard's "open" figures count these.
     */
    public static final Set<IssueState> OPEN = EnumSet.of(RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, REOPENED);

    /** States from which nothing more happens. */
    public static final Set<IssueState> FINAL = EnumSet.of(CLOSED, REJECTED, WITHDRAWN);

    public boolean awaitingAnswer() {
        return AWAITING_ANSWER.contains(this);
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
