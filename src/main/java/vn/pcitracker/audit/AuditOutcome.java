package vn.pcitracker.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused for lack of rights (an access rule, a record outside the user's agency or association). */
    REFUSED,
    /** Attempted and failed: bad credentials, invalid input, a conflict, a fault. */
    FAILED
}
