package vn.pcitracker.issue;

/**
 * Everything that can happen to a recommendation; each is one timeline entry. Labels:
 * {@code issue.IssueAction.<NAME>}. Which role may take which action in which state is decided by the
 * issue module's workflow, never by the UI.
 */
public enum IssueAction {
    CREATE, EDIT, CLASSIFY, ASSIGN, START, CONTRIBUTE, ANSWER, FEEDBACK_SATISFIED, FEEDBACK_UNSATISFIED, CLOSE,
    RESUME, FORWARD, REJECT, WITHDRAW, REQUEST_EXTENSION, EXTEND, CARRY_OVER,
    /** Another association backs an open recommendation instead of filing a duplicate (associations' portal). */
    BACK
}
