package vn.pcitracker.issue;

/** The lead agency (or the investment department) answered; {@code submitterAssociationId} is null without one. */
public record IssueAnswered(long issueId, String code, String title, Long submitterAssociationId) {
}
