package vn.pcitracker.licensing.bottleneck;

import vn.pcitracker.issue.IssueState;

/** A recommendation linked to a bottleneck, as far as the current user may see it. */
public record LinkedIssue(long id, String code, String title, IssueState state) {
}
