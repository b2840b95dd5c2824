package vn.pcitracker.issue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of how recommendations are handled, defined once for the dashboard: each is one SQL definition
 * here ({@link Definition}: numerator and denominator over a population), with its formula and population in
 * its Javadoc, run either for one scope or grouped by lead agency in one statement. Every measure takes a period
 * ({@code from} and {@code to}, both days included) and optionally a lead agency ({@code agencyId} null = all
 * agencies; an issue counts for its lead agency only, not for its coordinators). Dates are the dates stored on
 * the issue ({@code answered_on}, {@code deadline}, {@code assigned_on}); "today" is the date in Vietnam.
 * <p>
 * Access: investment officers, leaders and administrators read any agency; an agency officer always reads their
 * own agency (the agency asked for is replaced by theirs, and the grouped maps hold only their agency's entry).
 */
@Service
@PreAuthorize("hasAnyRole('INVESTMENT_OFFICER','LEADER','ADMIN','AGENCY_OFFICER')")
public class IssueMeasures {

    /**
     * One measure: {@code select} is "numerator, denominator" as aggregates over the rows of {@code source}, a
     * FROM ... WHERE ... clause whose rows have the issue's lead agency as {@code i.lead_agency_id}. The agency
     * narrowing is appended to it, or, where it holds {@code %1$s}, put there (inside each part of a union).
     */
    private record Definition(String select, String source) {

        /** The source with {@code narrowing} ("" or conditions each starting with " AND") in its place. */
        String from(String narrowing) {
            return source.contains("%1$s") ? source.formatted(narrowing) : source + narrowing;
        }
    }

    private static final String ANSWERED_IN_PERIOD = " FROM issue i WHERE i.answered_on BETWEEN :from AND :to";

    private static final Definition ON_TIME = new Definition(
            "count(*) FILTER (WHERE i.answered_on <= i.deadline), count(*)", ANSWERED_IN_PERIOD);

    /**
     * Σ working_days_between(assigned_on, answered_on) = Σ N(answered_on) − Σ N(assigned_on), N(d) being the working
     * days from any fixed day to d (here {@code :from}): the working days between two days are the difference of their
     * numbers, whatever their order. So the issues are counted per day first, and the function (SQL with a subquery,
     * which the planner cannot inline) runs once per distinct day instead of once per issue: for a year of a million
     * issues a few hundred calls instead of ~100,000 (6.5 s → 0.2 s). The narrowing goes inside, before the counting.
     */
    private static final Definition WORKING_DAYS = new Definition(
            "coalesce(sum(i.days), 0), coalesce(sum(i.answers), 0)", """
             FROM (WITH counted AS (
                       SELECT i.lead_agency_id, i.answered_on AS day, count(*) AS issues, count(*) AS answers
                       FROM issue i WHERE i.answered_on BETWEEN :from AND :to AND i.assigned_on IS NOT NULL%1$s
                       GROUP BY i.lead_agency_id, i.answered_on
                       UNION ALL
                       SELECT i.lead_agency_id, i.assigned_on, -count(*), 0
                       FROM issue i WHERE i.answered_on BETWEEN :from AND :to AND i.assigned_on IS NOT NULL%1$s
                       GROUP BY i.lead_agency_id, i.assigned_on),
                   numbered AS MATERIALIZED (SELECT d.day, working_days_between(:from, d.day) AS number
                                FROM (SELECT DISTINCT day FROM counted) d)
                   SELECT c.lead_agency_id, c.issues * n.number AS days, c.answers
                   FROM counted c JOIN numbered n ON n.day = c.day
                  ) i WHERE true""");

    /**
     * The population of {@link IssueSearchSql#accountableIn} as its two disjoint halves (answered in the period;
     * unanswered, awaiting an answer, deadline passed in the period), each read from its own index; the latest
     * feedback is kept on the issue row (V176).
     */
    private static final Definition SATISFACTION_766 = new Definition(
            "count(*) FILTER (WHERE NOT (coalesce(i.overdue, false) OR coalesce(i.unsatisfied, false))), count(*)",
            """
             FROM (SELECT i.lead_agency_id, i.answered_on > i.deadline AS overdue,
                          NOT i.latest_feedback_satisfied AS unsatisfied
                   FROM issue i
                   WHERE i.answered_on BETWEEN :from AND :to%1$s
                   UNION ALL
                   SELECT i.lead_agency_id, true, NOT i.latest_feedback_satisfied
                   FROM issue i
                   WHERE i.answered_on IS NULL AND %2$s AND i.deadline BETWEEN :from AND :to AND i.deadline < :today%1$s
                  ) i WHERE true""".replace("%2$s", IssueSearchSql.AWAITING_ANSWER));

    private static final Definition REOPENED = new Definition(
            "count(*) FILTER (WHERE i.reopen_count > 0), count(*)", ANSWERED_IN_PERIOD);

    private final NamedParameterJdbcTemplate jdbc;
    private final IssueClock today;
    private final FigureAccess access;

    IssueMeasures(NamedParameterJdbcTemplate jdbc, IssueClock today, FigureAccess access) {
        this.jdbc = jdbc;
        this.today = today;
        this.access = access;
    }

    /**
     * On-time rate = issues answered in the period with answered_on ≤ deadline ÷ issues answered in the period.
     * Population: issues whose {@code answered_on} lies in the period (whatever their state now); an answer
     * on the deadline day is on time; an answered issue without a deadline is not on time.
     */
    @Transactional(readOnly = true)
    public Measure onTimeRate(LocalDate from, LocalDate to, Long agencyId) {
        return single(ON_TIME, from, to, agencyId);
    }

    /** {@link #onTimeRate} per lead agency, in one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Measure> onTimeRateByAgency(LocalDate from, LocalDate to) {
        return byAgency(ON_TIME, from, to);
    }

    /**
     * {@link #onTimeRate} per month of {@code answered_on}, for every month the period touches (a month without
     * answers has 0 ÷ 0), in calendar order; the first and last months count only their days inside the period.
     */
    @Transactional(readOnly = true)
    public Map<YearMonth, Measure> onTimeRateByMonth(LocalDate from, LocalDate to, Long agencyId) {
        Long agency = access.agency(agencyId);
        MapSqlParameterSource parameters = parameters(from, to, agency);
        Map<YearMonth, Measure> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.put(month, new Measure(0, 0));
        }
        jdbc.query("SELECT date_trunc('month', i.answered_on)::date, " + ON_TIME.select() + ON_TIME.source()
                + agencyCondition(agency) + " GROUP BY 1", parameters, rs -> {
                    months.put(YearMonth.from(rs.getDate(1).toLocalDate()), new Measure(rs.getLong(2), rs.getLong(3)));
                });
        return months;
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
        return single(WORKING_DAYS, from, to, agencyId);
    }

    /** {@link #averageWorkingDaysToAnswer} per lead agency, in one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Measure> averageWorkingDaysToAnswerByAgency(LocalDate from, LocalDate to) {
        return byAgency(WORKING_DAYS, from, to);
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
        return single(SATISFACTION_766, from, to, agencyId);
    }

    /** {@link #satisfaction766} per lead agency, in one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Measure> satisfaction766ByAgency(LocalDate from, LocalDate to) {
        return byAgency(SATISFACTION_766, from, to);
    }

    /**
     * Reopen rate = issues answered in the period with reopen_count > 0 ÷ issues answered in the period.
     * Population: issues whose {@code answered_on} lies in the period; {@code reopen_count} counts the times
     * the submitter's "not satisfied" reopened the issue so far.
     */
    @Transactional(readOnly = true)
    public Measure reopenRate(LocalDate from, LocalDate to, Long agencyId) {
        return single(REOPENED, from, to, agencyId);
    }

    /** {@link #reopenRate} per lead agency, in one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Measure> reopenRateByAgency(LocalDate from, LocalDate to) {
        return byAgency(REOPENED, from, to);
    }

    /**
     * Overdue now per lead agency = issues awaiting an answer (assigned, in progress, reopened) whose deadline is
     * before today, the inbox's "overdue" filter. Agencies with none are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> overdueNowByAgency() {
        Long agency = access.agency(null);
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT i.lead_agency_id, count(*) FROM issue i WHERE " + IssueSearchSql.OVERDUE_NOW
                        + agencyCondition(agency) + " GROUP BY i.lead_agency_id ORDER BY i.lead_agency_id",
                new MapSqlParameterSource("today", today.today()).addValue("agency", agency),
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    private Measure single(Definition definition, LocalDate from, LocalDate to, Long agencyId) {
        Long agency = access.agency(agencyId);
        return jdbc.queryForObject("SELECT " + definition.select() + definition.from(agencyCondition(agency)),
                parameters(from, to, agency), (rs, row) -> new Measure(rs.getLong(1), rs.getLong(2)));
    }

    private Map<Long, Measure> byAgency(Definition definition, LocalDate from, LocalDate to) {
        Long agency = access.agency(null);
        Map<Long, Measure> measures = new LinkedHashMap<>();
        jdbc.query("SELECT i.lead_agency_id, " + definition.select()
                        + definition.from(" AND i.lead_agency_id IS NOT NULL" + agencyCondition(agency))
                        + " GROUP BY i.lead_agency_id ORDER BY i.lead_agency_id",
                parameters(from, to, agency), rs -> {
                    measures.put(rs.getLong(1), new Measure(rs.getLong(2), rs.getLong(3)));
                });
        return measures;
    }

    private static String agencyCondition(Long agencyId) {
        return agencyId == null ? "" : " AND i.lead_agency_id = :agency";
    }

    private MapSqlParameterSource parameters(LocalDate from, LocalDate to, Long agencyId) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new MapSqlParameterSource().addValue("from", from).addValue("to", to).addValue("agency", agencyId)
                .addValue("today", today.today());
    }
}
