package vn.pcitracker.issue;

import java.time.LocalDate;

/**
 * An open recommendation that looks like what an association representative is typing. {@code ownAssociation}:
 * their association already submitted or backs it. {@code associations} and {@code firms} count who stands behind
 * it (firms by distinct enterprise, so by tax code). {@code similarity} is between 0 and 1.
 */
public record SimilarIssue(long id, String code, String title, IssueState state, LocalDate receivedOn,
                           boolean ownAssociation, int associations, int firms, double similarity) {
}
