package vn.pcitracker.issue;

/** An enterprise or association that raised ({@code submitter}) or backs the issue. */
public record IssueParty(Long enterpriseId, Long associationId, String name, boolean submitter) {
}
