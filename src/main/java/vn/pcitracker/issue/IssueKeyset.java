package vn.pcitracker.issue;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Keyset paging for the inbox orders of {@link IssueSearchSql#orderBy}: the condition "comes after this row" for
 * each order, written as a row comparison on the same expressions the order and its index use (V30, V36), so the
 * next page is read from the index where the previous one stopped. The id settles ties, so rows with equal sort
 * keys are neither repeated nor skipped at a page boundary. A row whose sort key changes while pages are read
 * (an issue answered meanwhile) may move across the boundary, as it would with OFFSET.
 */
final class IssueKeyset {

    private IssueKeyset() {
    }

    /** The condition, with its parameters {@code afterKey} and {@code afterId} added to {@code parameters}. */
    static String after(IssueSort sort, IssueListItem last, MapSqlParameterSource parameters) {
        parameters.addValue("afterId", last.id());
        return switch (sort) {
            case NEWEST -> key(parameters, last.receivedOn(), "(i.received_on, i.id) < (:afterKey, :afterId)");
            case OLDEST -> key(parameters, last.receivedOn(), "(i.received_on, i.id) > (:afterKey, :afterId)");
            // Undated rows last: their key is 'infinity' (IssueSearchSql.DEADLINE_KEY), one row comparison for both.
            case DEADLINE_SOONEST -> last.deadline() == null
                    ? "(" + IssueSearchSql.DEADLINE_KEY + ", i.id) > ('infinity'::date, :afterId)"
                    : key(parameters, last.deadline(), "(" + IssueSearchSql.DEADLINE_KEY + ", i.id) > (:afterKey, :afterId)");
            case CODE -> key(parameters, last.code(), "(i.code, i.id) > (:afterKey, :afterId)");
            case TITLE -> key(parameters, last.title(), "(i.title, i.id) > (:afterKey, :afterId)");
            case STATE -> key(parameters, last.state().name(),
                    "(issue_state_rank(i.state), i.id) > (issue_state_rank(:afterKey), :afterId)");
            case PRIORITY -> key(parameters, last.priority().name(),
                    "(issue_priority_rank(i.priority), i.id) > (issue_priority_rank(:afterKey), :afterId)");
        };
    }

    private static String key(MapSqlParameterSource parameters, Object value, String condition) {
        parameters.addValue("afterKey", value);
        return condition;
    }
}
