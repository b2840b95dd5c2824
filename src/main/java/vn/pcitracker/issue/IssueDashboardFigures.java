package vn.pcitracker.issue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendation figures behind the leaders' dashboard, each one aggregate SQL statement over a
 * {@link FigureScope} (no rows are loaded to be counted). An issue counts for its lead agency only. Each method's
 * Javadoc says which issues it counts; {@link FigureScope}'s filters list them in the inbox.
 * <p>
 * Access: investment officers, leaders and administrators see every agency and may choose one; an agency officer
 * always gets their own agency, whatever scope is asked for ({@link #authorised}, applied by every method);
 * association representatives and anonymous users are refused.
 * <p>
 * Speed, measured with EXPLAIN ANALYZE on 500,000 generated issues (40 agencies, three years, 5 % open) on this
 * machine's shared PostgreSQL 15, with V130's indexes: a quarter by month and state 55 ms for all agencies (index-only
 * scan of {@code issue_received_figures}) and 5 ms for one agency; by field 45 ms; on-time rate of a quarter 20 ms,
 * grouped by agency over a year 75 ms ({@code issue_answered_figures}); open now for one agency under 10 ms
 * ({@code issue_open_figures}); open at a past date 0.25-0.4 s for all agencies (see {@link OpenAtDateSql});
 * open by agency and DDCI component, and by PCI sub-index, 0.25-0.3 s for all agencies (a hash join with the
 * 650,000 component links; for one agency it starts from the agency's open issues).
 */
@Service
@PreAuthorize("hasAnyRole('INVESTMENT_OFFICER','LEADER','ADMIN','AGENCY_OFFICER')")
public class IssueDashboardFigures {

    /** Received in the period (both days included), led by the scope's agency if any. */
    private static final String RECEIVED_IN_SCOPE = " i.received_on BETWEEN :from AND :to";
    /** Open now and received on or before the end of the period. */
    private static final String OPEN_NOW_IN_SCOPE = " " + IssueSearchSql.OPEN + " AND i.received_on <= :to";

    private final NamedParameterJdbcTemplate jdbc;
    private final IssueClock today;
    private final FigureAccess access;
    private final IssueMeasures measures;

    IssueDashboardFigures(NamedParameterJdbcTemplate jdbc, IssueClock today, FigureAccess access, IssueMeasures measures) {
        this.jdbc = jdbc;
        this.today = today;
        this.access = access;
        this.measures = measures;
    }

    /** The scope the signed-in user may see: the same one, or for an agency officer their own agency's. */
    @Transactional(readOnly = true)
    public FigureScope authorised(FigureScope requested) {
        return requested.forAgency(access.agency(requested.agencyId()));
    }

    /**
     * The headline figures of the period and of the period of the same length before it:
     * <ul>
     * <li>{@code open}: issues open at the end of the period, the day E = min(to, today): see {@link OpenAtDateSql}
     * for how the state on E is worked out from the stored dates and the timeline.</li>
     * <li>{@code overdue}: of those, awaiting an answer at E (assigned on or before E) with a deadline before E.
     * When E is today these are exactly the inbox's "open" states and "overdue" filter.</li>
     * <li>{@code onTime}, {@code averageWorkingDays}, {@code satisfaction766}, {@code reopened}: the
     * {@link IssueMeasures} of the period, the same SQL.</li>
     * </ul>
     */
    @Transactional(readOnly = true)
    public KpiComparison kpis(FigureScope scope) {
        return kpis(scope, scope.previous());
    }

    /**
     * {@link #kpis(FigureScope)} compared with a period of the caller's choice, such as the calendar month before a
     * month (months differ in length); the agency is the current period's, as {@link #authorised} allows.
     */
    @Transactional(readOnly = true)
    public KpiComparison kpis(FigureScope scope, FigureScope compareWith) {
        FigureScope current = authorised(scope);
        FigureScope previous = new FigureScope(compareWith.from(), compareWith.to(), current.agencyId());
        return new KpiComparison(current, kpiFigures(current), previous, kpiFigures(previous));
    }

    /**
     * Carried over = issues open at the end of the day before the period AND still open at its end E = min(to, today),
     * both worked out as {@link OpenAtDateSql} does for the "open" figure: the backlog the period inherited and did not
     * clear. An issue answered and reopened within the period counts (it is open at both ends).
     */
    @Transactional(readOnly = true)
    public long carriedOver(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        LocalDate day = today.today();
        LocalDate start = allowed.from().minusDays(1);
        LocalDate end = allowed.endOn(day);
        String narrowing = agencyCondition(allowed);
        MapSqlParameterSource parameters = parameters(allowed).addValue("start", start).addValue("end", end);
        // Parenthesised: INTERSECT binds tighter than the UNION ALL inside each side.
        Long count = jdbc.queryForObject("SELECT count(*) FROM ((" + OpenAtDateSql.idsSql("start", start, day, narrowing)
                + ") INTERSECT (" + OpenAtDateSql.idsSql("end", end, day, narrowing) + ")) c", parameters, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The {@link #kpis} "open" and "overdue" at the end of the period E = min(to, today), per lead agency: the same
     * definitions ({@link OpenAtDateSql}), grouped. Agencies with nothing open are absent; ordered by agency id.
     */
    @Transactional(readOnly = true)
    public List<AgencyOpenCount> openAndOverdueByAgency(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        LocalDate day = today.today();
        LocalDate end = allowed.endOn(day);
        return jdbc.query(OpenAtDateSql.countByAgencySql(end, day, agencyCondition(allowed)),
                parameters(allowed).addValue("end", end),
                (rs, row) -> new AgencyOpenCount(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Issues received in the period, per month of {@code received_on} and CURRENT state; months in order. */
    @Transactional(readOnly = true)
    public List<MonthStateCount> receivedByMonthAndState(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        return jdbc.query("SELECT date_trunc('month', i.received_on)::date, i.state, count(*) FROM issue i WHERE"
                        + RECEIVED_IN_SCOPE + agencyCondition(allowed) + " GROUP BY 1, 2 ORDER BY 1, issue_state_rank(i.state)",
                parameters(allowed), (rs, row) -> new MonthStateCount(YearMonth.from(rs.getDate(1).toLocalDate()),
                        IssueState.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    /**
     * Issues received in the period, per lead agency and current state; {@code overdue} = of those, awaiting an
     * answer past their deadline today (the inbox's overdue filter). Issues without a lead agency are left out.
     * Ordered by agency name, then state.
     */
    @Transactional(readOnly = true)
    public List<AgencyStateCount> byAgencyAndState(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        return jdbc.query("SELECT a.id, a.name_vi, a.name_en, i.state, count(*), count(*) FILTER (WHERE "
                        + IssueSearchSql.OVERDUE_NOW + ") FROM issue i JOIN agency a ON a.id = i.lead_agency_id WHERE"
                        + RECEIVED_IN_SCOPE + agencyCondition(allowed)
                        + " GROUP BY a.id, a.name_vi, a.name_en, i.state ORDER BY a.name_vi, a.id, issue_state_rank(i.state)",
                parameters(allowed), (rs, row) -> new AgencyStateCount(rs.getLong(1), rs.getString(2), rs.getString(3),
                        IssueState.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6)));
    }

    /** {@link IssueMeasures#onTimeRate} per month of {@code answered_on}, every month the period touches, in order. */
    @Transactional(readOnly = true)
    public List<MonthRate> onTimeByMonth(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        return measures.onTimeRateByMonth(allowed.from(), allowed.to(), allowed.agencyId()).entrySet().stream()
                .map(month -> new MonthRate(month.getKey(), month.getValue())).toList();
    }

    /**
     * Issues open now (a state in {@link IssueState#OPEN}) with a lead agency and received on or before the end of
     * the period, per lead agency and linked DDCI component (an issue linked to two components counts for each;
     * one without a component is left out). Ordered by agency name, then component code.
     */
    @Transactional(readOnly = true)
    public List<AgencyComponentCount> openByAgencyAndDdciComponent(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        return jdbc.query("""
                SELECT a.id, a.name_vi, a.name_en, c.id, c.code, c.name_vi, c.name_en, count(*)
                FROM issue i
                JOIN agency a ON a.id = i.lead_agency_id
                JOIN issue_ddci_component d ON d.issue_id = i.id
                JOIN ddci_component c ON c.id = d.component_id
                WHERE""" + OPEN_NOW_IN_SCOPE + agencyCondition(allowed) + """

                GROUP BY a.id, a.name_vi, a.name_en, c.id, c.code, c.name_vi, c.name_en
                ORDER BY a.name_vi, a.id, c.code, c.id""", parameters(allowed), (rs, row) -> new AgencyComponentCount(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getLong(8)));
    }

    /** Issues received in the period per field, most first (then by the field's position). */
    @Transactional(readOnly = true)
    public List<CategoryCount> byField(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        return jdbc.query("SELECT f.code, f.id, f.name_vi, f.name_en, count(*) FROM issue i"
                        + " JOIN issue_field f ON f.id = i.field_id WHERE" + RECEIVED_IN_SCOPE + agencyCondition(allowed)
                        + " GROUP BY f.id, f.code, f.name_vi, f.name_en, f.position ORDER BY count(*) DESC, f.position, f.id",
                parameters(allowed), (rs, row) -> new CategoryCount(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)));
    }

    /** Issues received in the period per channel, most first. */
    @Transactional(readOnly = true)
    public List<CategoryCount> byChannel(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        return jdbc.query("SELECT i.channel, count(*) FROM issue i WHERE" + RECEIVED_IN_SCOPE + agencyCondition(allowed)
                        + " GROUP BY i.channel ORDER BY count(*) DESC, i.channel",
                parameters(allowed), (rs, row) -> new CategoryCount(rs.getString(1), null, null, null, rs.getLong(2)));
    }

    /**
     * PCI sub-index code → issues open now and received on or before the end of the period that are linked to it
     * through their DDCI components ({@code issue_ddci_component} → {@code ddci_component_pci}). An issue counts
     * once per sub-index even when two of its components move the same one. Sub-indices with none are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> openLinkedByPciSubIndex(FigureScope scope) {
        FigureScope allowed = authorised(scope);
        Map<String, Long> counts = new LinkedHashMap<>();
        // DISTINCT in a subquery: hashed, where count(DISTINCT ...) sorts every pair.
        jdbc.query("""
                SELECT s.code, count(*)
                FROM (SELECT DISTINCT i.id, m.sub_index_id
                      FROM issue i
                      JOIN issue_ddci_component d ON d.issue_id = i.id
                      JOIN ddci_component_pci m ON m.component_id = d.component_id
                      WHERE""" + OPEN_NOW_IN_SCOPE + agencyCondition(allowed) + """
                ) p
                JOIN pci_sub_index s ON s.id = p.sub_index_id
                GROUP BY s.code, s.number ORDER BY s.number""", parameters(allowed), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private KpiFigures kpiFigures(FigureScope scope) {
        LocalDate day = today.today();
        LocalDate end = scope.endOn(day);
        MapSqlParameterSource parameters = parameters(scope).addValue("end", end);
        long[] openAndOverdue = jdbc.queryForObject(OpenAtDateSql.countSql(end, day, agencyCondition(scope)), parameters,
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)});
        Long agency = scope.agencyId();
        return new KpiFigures(openAndOverdue[0], openAndOverdue[1],
                measures.onTimeRate(scope.from(), scope.to(), agency),
                measures.averageWorkingDaysToAnswer(scope.from(), scope.to(), agency),
                measures.satisfaction766(scope.from(), scope.to(), agency),
                measures.reopenRate(scope.from(), scope.to(), agency));
    }

    private static String agencyCondition(FigureScope scope) {
        return scope.agencyId() == null ? "" : " AND i.lead_agency_id = :agency";
    }

    private MapSqlParameterSource parameters(FigureScope scope) {
        return new MapSqlParameterSource().addValue("from", scope.from()).addValue("to", scope.to())
                .addValue("agency", scope.agencyId()).addValue("today", today.today());
    }
}
