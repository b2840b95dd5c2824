package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of how recommendations are handled, defined once for the dashboard: each is one SQL statement
 * here, with its formula and population in its Javadoc. Every measure takes a period ({@code from} and
 * {@code to}, both days included) and optionally a lead agency ({@code agencyId} null = all agencies; an
 * issue counts for its lead agency only, not for its coordinators). Dates are the dates stored on the issue
 * ({@code answered_on}, {@code deadline}, {@code assigned_on}); "today" is the date in Vietnam.
 */
@Service
@PreAuthorize("hasAnyRole('INVESTMENT_OFFICER','LEADER','ADMIN')")
public class IssueMeasures {

    private static final String ANSWERED_IN_PERIOD = " WHERE i.answered_on BETWEEN :from AND :to";

    private final NamedParameterJdbcTemplate jdbc;
    private final IssueToday today;

    IssueMeasures(NamedParameterJdbcTemplate jdbc, IssueToday today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /**
     * On-time rate = issues answered in the period with answered_on ≤ deadline ÷ issues answered in the period.
     * Population: issues whose {@code answered_on} lies in the period (whatever their state now); an answer
     * on the deadline day is on time; an answered issue without a deadline is not on time.
     */
    @Transactional(readOnly = true)
    public Measure onTimeRate(LocalDate from, LocalDate to, Long agencyId) {
        return measure("SELECT count(*) FILTER (WHERE i.answered_on <= i.deadline), count(*) FROM issue i"
                + ANSWERED_IN_PERIOD, from, to, agencyId);
    }

    /**
     * Average working days to answer = mean of working days between assigned_on and answered_on over issues
     * answered in the period. Returned as numerator = the sum of those working days, denominator = the number
     * of issues, so {@link Measure#rate()} is the mean. Working days are counted in SQL by
     * {@code working_days_between(assigned_on, answered_on)} (migration V35): days after {@code assigned_on}
     * up to and including {@code answered_on}, Monday to Friday, minus holidays and days off, plus weekend
     * days worked, the same definition as {@link vn.pcitracker.calendar.WorkingDayCalendar#workingDaysBetween};
     * an answer on the day of assignment takes 0 days. Population: issues whose {@code answered_on} lies in
     * the period and that have an {@code assigned_on} (an issue answered without ever being assigned has no
     * time to answer and is left out).
     */
    @Transactional(readOnly = true)
    public Measure averageWorkingDaysToAnswer(LocalDate from, LocalDate to, Long agencyId) {
        return measure("SELECT coalesce(sum(working_days_between(i.assigned_on, i.answered_on)), 0), count(*)"
                + " FROM issue i" + ANSWERED_IN_PERIOD + " AND i.assigned_on IS NOT NULL", from, to, agencyId);
    }

    /**
     * Decision 766 satisfaction = (total − unsatisfied − overdue) ÷ total, where total = issues whose answer
     * came in the period or whose deadline passed in the period unanswered; unsatisfied = those whose LATEST
     * feedback is not satisfied; overdue = answered after the deadline or still unanswered past it. An issue
     * both unsatisfied and overdue counts once: the numerator is total − (issues unsatisfied OR overdue).
     * <ul>
     * <li>"Answer came in the period": {@code answered_on} in the period.</li>
     * <li>"Deadline passed in the period unanswered": no {@code answered_on}, still awaiting an answer
     * (assigned, in progress or reopened), {@code deadline} in the period and before today (an issue
     * forwarded, rejected or withdrawn before answering is not counted).</li>
     * <li>"Latest feedback": the one with the latest {@code given_at} (then the highest id); an issue without
     * feedback is not unsatisfied.</li>
     * <li>"Overdue": {@code answered_on > deadline}, or unanswered with {@code deadline < today}.</li>
     * </ul>
     */
    @Transactional(readOnly = true)
    public Measure satisfaction766(LocalDate from, LocalDate to, Long agencyId) {
        String population = """
                SELECT (i.answered_on > i.deadline OR (i.answered_on IS NULL AND i.deadline < :today)) AS overdue,
                       (SELECT NOT f.satisfied FROM issue_feedback f WHERE f.issue_id = i.id
                        ORDER BY f.given_at DESC, f.id DESC LIMIT 1) AS unsatisfied
                FROM issue i
                WHERE (i.answered_on BETWEEN :from AND :to
                       OR (i.answered_on IS NULL AND %s AND i.deadline BETWEEN :from AND :to AND i.deadline < :today))
                """.formatted(IssueSearchSql.AWAITING_ANSWER);
        String sql = "SELECT count(*) FILTER (WHERE NOT (coalesce(p.overdue, false) OR coalesce(p.unsatisfied, false)))"
                + ", count(*) FROM (" + population + agencyCondition(agencyId) + ") p";
        return query(sql, parameters(from, to, agencyId).addValue("today", today.get()));
    }

    /**
     * Reopen rate = issues answered in the period with reopen_count > 0 ÷ issues answered in the period.
     * Population: issues whose {@code answered_on} lies in the period; {@code reopen_count} counts the times
     * the submitter's "not satisfied" reopened the issue so far.
     */
    @Transactional(readOnly = true)
    public Measure reopenRate(LocalDate from, LocalDate to, Long agencyId) {
        return measure("SELECT count(*) FILTER (WHERE i.reopen_count > 0), count(*) FROM issue i"
                + ANSWERED_IN_PERIOD, from, to, agencyId);
    }

    private Measure measure(String sql, LocalDate from, LocalDate to, Long agencyId) {
        return query(sql + agencyCondition(agencyId), parameters(from, to, agencyId));
    }

    private Measure query(String sql, MapSqlParameterSource parameters) {
        return jdbc.queryForObject(sql, parameters, (rs, row) -> new Measure(rs.getLong(1), rs.getLong(2)));
    }

    private static String agencyCondition(Long agencyId) {
        return agencyId == null ? "" : " AND i.lead_agency_id = :agency";
    }

    private static MapSqlParameterSource parameters(LocalDate from, LocalDate to, Long agencyId) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new MapSqlParameterSource().addValue("from", from).addValue("to", to).addValue("agency", agencyId);
    }
}
