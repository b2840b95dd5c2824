package vn.pcitracker.issue;

import java.time.LocalDate;

/**
 * Which issues were open, and which overdue, at the end of a day E ({@code :end}), worked out from what is
 * stored, because the issue row holds only its current state:
 * <ul>
 * <li>An issue is open on E if it was received on or before E and had not yet left the open states
 * ({@link IssueState#OPEN}) by E.</li>
 * <li>If it is open now, it has been open since it was received, except when it was answered on or before E
 * and reopened after E (its {@code answered_on} is its latest answer; the reopen date comes from the timeline:
 * a {@code FEEDBACK_UNSATISFIED} event between {@code answered_on} and E, dates in Vietnam, means it was open
 * again on E).</li>
 * <li>If it is not open now, it left on the first of {@code answered_on} (answered, satisfied, closed after an
 * answer), {@code forwarded_on} (forwarded, closed after forwarding), {@code closed_on}, or, for a rejection or
 * withdrawal (no date column), the day of the first timeline event that moved it to {@code REJECTED} or
 * {@code WITHDRAWN}; it is open on E if that day is after E. An issue that left without any of these dates
 * is taken as not open.</li>
 * <li>Overdue on E: open on E, assigned on or before E and with a deadline before E. The deadline is the
 * current one: an extension granted after E moves it.</li>
 * <li>Limitation: an issue answered, reopened and answered again is judged on its latest answer; between an
 * earlier answer and its reopening it counts as open.</li>
 * </ul>
 * The five ways of being open on E (still open; answered, forwarded, closed after E; rejected or withdrawn after E
 * by the timeline) are disjoint, so they are counted separately and added ({@code UNION ALL}): each reads one
 * partial index of V130 or V175 from E onwards, so the cost follows what happened after E rather than the history
 * before it (a million issues, E = the end of last year: see docs/performance/dashboard.md; one OR-ed condition
 * took 1.7 s at 500,000). When E is today (or later) the stored state is the state
 * on E, so the statement is simply the inbox's: state in {@link IssueState#OPEN}, and overdue as
 * {@link IssueSearchSql#OVERDUE_NOW} (under 10 ms for one agency).
 */
final class OpenAtDateSql {

    private static final String LOCAL_DAY = "(e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
    private static final String NOT_OPEN = "NOT " + IssueSearchSql.OPEN;

    private static final String STILL_OPEN = IssueSearchSql.OPEN + """
             AND (i.answered_on IS NULL OR i.answered_on > :end OR EXISTS (SELECT 1 FROM issue_event e
                 WHERE e.issue_id = i.id AND e.action = 'FEEDBACK_UNSATISFIED'
                   AND %s BETWEEN i.answered_on AND :end))""".formatted(LOCAL_DAY);
    private static final String ANSWERED_AFTER_END = NOT_OPEN + " AND i.answered_on > :end";
    private static final String FORWARDED_AFTER_END = NOT_OPEN + " AND i.answered_on IS NULL AND i.forwarded_on > :end";
    private static final String LEFT_UNANSWERED = "i.answered_on IS NULL AND i.forwarded_on IS NULL"
            + " AND i.state IN ('CLOSED', 'REJECTED', 'WITHDRAWN')";
    private static final String CLOSED_AFTER_END = LEFT_UNANSWERED + " AND i.closed_on > :end";
    /** The first moment after the day E in Vietnam: an event is on a later day than E iff it happened at or after it. */
    private static final String AFTER_END = "((CAST(:end AS date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')";
    /**
     * Rejected or withdrawn without a closing date: the first such timeline event came after E. Found from the events
     * after E (V175's issue_event_final_on), so the cost follows what happened since E, not the whole history.
     */
    private static final String LEFT_BY_EVENT_AFTER_END = LEFT_UNANSWERED + """
             AND i.closed_on IS NULL
             AND i.id IN (SELECT e.issue_id FROM issue_event e
                 WHERE e.to_state IN ('REJECTED', 'WITHDRAWN') AND e.occurred_at >= %1$s)
             AND NOT EXISTS (SELECT 1 FROM issue_event e
                 WHERE e.issue_id = i.id AND e.to_state IN ('REJECTED', 'WITHDRAWN') AND e.occurred_at < %1$s)"""
            .formatted(AFTER_END);

    private OpenAtDateSql() {
    }

    /**
     * "open, overdue" counted at {@code end}.
     *
     * @param narrowing further conditions on {@code i}, each starting with " AND", or ""
     */
    static String countSql(LocalDate end, LocalDate today, String narrowing) {
        if (!end.isBefore(today)) {
            return "SELECT count(*), count(*) FILTER (WHERE " + IssueSearchSql.OVERDUE_NOW + ") FROM issue i WHERE "
                    + IssueSearchSql.OPEN + " AND i.received_on <= :end" + narrowing;
        }
        String branches = String.join(" UNION ALL ", branch(STILL_OPEN, narrowing), branch(ANSWERED_AFTER_END, narrowing),
                branch(FORWARDED_AFTER_END, narrowing),
                branch(CLOSED_AFTER_END, narrowing), branch(LEFT_BY_EVENT_AFTER_END, narrowing));
        return "SELECT coalesce(sum(b.open), 0), coalesce(sum(b.overdue), 0) FROM (" + branches + ") b";
    }

    /**
     * "lead agency, open, overdue" counted at {@code end}, one row per lead agency with any open issue (issues without
     * a lead agency are left out).
     *
     * @param narrowing further conditions on {@code i}, each starting with " AND", or ""
     */
    static String countByAgencySql(LocalDate end, LocalDate today, String narrowing) {
        String led = " AND i.lead_agency_id IS NOT NULL" + narrowing;
        if (!end.isBefore(today)) {
            return "SELECT i.lead_agency_id, count(*), count(*) FILTER (WHERE " + IssueSearchSql.OVERDUE_NOW + ")"
                    + " FROM issue i WHERE " + IssueSearchSql.OPEN + " AND i.received_on <= :end" + led
                    + " GROUP BY i.lead_agency_id ORDER BY i.lead_agency_id";
        }
        String branches = String.join(" UNION ALL ", groupedBranch(STILL_OPEN, led), groupedBranch(ANSWERED_AFTER_END, led),
                groupedBranch(FORWARDED_AFTER_END, led),
                groupedBranch(CLOSED_AFTER_END, led), groupedBranch(LEFT_BY_EVENT_AFTER_END, led));
        return "SELECT b.agency, sum(b.open), sum(b.overdue) FROM (" + branches + ") b GROUP BY b.agency ORDER BY b.agency";
    }

    /**
     * The ids of the issues open at the end of the day bound to {@code :<parameter>}; with {@code today} to tell whether
     * that day is past (the timeline is read) or not (the stored state is the state on that day).
     *
     * @param narrowing further conditions on {@code i}, each starting with " AND", or ""
     */
    static String idsSql(String parameter, LocalDate end, LocalDate today, String narrowing) {
        if (!end.isBefore(today)) {
            return at("SELECT i.id FROM issue i WHERE " + IssueSearchSql.OPEN + " AND i.received_on <= :end" + narrowing,
                    parameter);
        }
        return at(String.join(" UNION ALL ", idBranch(STILL_OPEN, narrowing), idBranch(ANSWERED_AFTER_END, narrowing),
                idBranch(FORWARDED_AFTER_END, narrowing),
                idBranch(CLOSED_AFTER_END, narrowing), idBranch(LEFT_BY_EVENT_AFTER_END, narrowing)), parameter);
    }

    private static String branch(String condition, String narrowing) {
        return "SELECT count(*) AS open, count(*) FILTER (WHERE i.assigned_on <= :end AND i.deadline < :end) AS overdue"
                + " FROM issue i WHERE i.received_on <= :end AND " + condition + narrowing;
    }

    private static String groupedBranch(String condition, String narrowing) {
        return "SELECT i.lead_agency_id AS agency, count(*) AS open,"
                + " count(*) FILTER (WHERE i.assigned_on <= :end AND i.deadline < :end) AS overdue"
                + " FROM issue i WHERE i.received_on <= :end AND " + condition + narrowing + " GROUP BY i.lead_agency_id";
    }

    private static String idBranch(String condition, String narrowing) {
        return "SELECT i.id FROM issue i WHERE i.received_on <= :end AND " + condition + narrowing;
    }

    /** The same statement with the day bound to another parameter, so that two days can be compared in one query. */
    private static String at(String sql, String parameter) {
        return sql.replace(":end", ":" + parameter);
    }
}
