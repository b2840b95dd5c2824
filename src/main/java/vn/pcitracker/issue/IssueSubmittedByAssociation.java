package vn.pcitracker.issue;

/** A new issue arrived through the associations' portal and waits in the investment department's intake. */
public record IssueSubmittedByAssociation(long issueId, String code, String title, Long associationId) {
}
