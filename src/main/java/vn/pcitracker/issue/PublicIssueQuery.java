package vn.pcitracker.issue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters over public recommendations, all optional and combined with AND: codes, field codes, states, and a
 * range of {@link PublicIssue#requestedAt} ({@code from} inclusive, {@code to} inclusive). At most {@code limit}
 * rows, newest first.
 */
public record PublicIssueQuery(List<String> codes, Set<String> fieldCodes, Set<IssueState> states, Instant from,
                               Instant to, int limit) {
}
