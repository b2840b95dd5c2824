package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.calendar.WorkingDayCalendar;

/**
 * The demo history generator run explicitly inside a rolled-back transaction (tests load no history:
 * {@code app.demo.history-issues=0}), checked against the rules the real workflow keeps.
 */
@SpringBootTest
@WithMockUser(roles = "ADMIN")
class DemoIssueHistoryTest {

    @Autowired DemoIssueHistory history;
    @Autowired IssueHistoryWriter writer;
    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired WorkingDayCalendar calendar;
    @Autowired IssueClock clock;

    @Test
    @Transactional
    void fiftyGeneratedIssuesKeepTheWorkflowsRulesAndASecondLoadAddsNothing() {
        List<Long> ids = history.generate(50);
        MapSqlParameterSource in = new MapSqlParameterSource("ids", ids).addValue("today", clock.today())
                .addValue("first", clock.today().minusDays(IssueHistoryGenerator.DAYS_OF_HISTORY + 2));

        assertThat(ids).hasSize(50).doesNotHaveDuplicates();
        assertThat(count("synthetic AND content LIKE '%" + IssueHistoryGenerator.MARKER + "'", in)).isEqualTo(50);
        assertThat(count("code = 'KN-' || extract(year FROM received_on) || '-' || substr(code, 9) AND code ~ '^KN-[0-9]{4}-[0-9]{6}$'", in))
                .as("codes from the per-year counter").isEqualTo(50);
        assertThat(count("received_on BETWEEN :first AND :today", in)).as("the last 18 months").isEqualTo(50);
        // Deadlines come after the assignment, answers after the assignment and not in the future.
        assertThat(count("assigned_on IS NOT NULL AND deadline <= assigned_on", in)).isZero();
        assertThat(count("answered_on < assigned_on OR answered_on > :today OR closed_on > :today", in)).isZero();
        // States agree with the dates.
        assertThat(count("state IN ('RECEIVED', 'CLASSIFIED') AND (assigned_on IS NOT NULL OR answered_on IS NOT NULL)", in)).isZero();
        assertThat(count("state IN ('ASSIGNED', 'IN_PROGRESS', 'REOPENED', 'ANSWERED', 'SATISFIED')"
                + " AND (lead_agency_id IS NULL OR assigned_on IS NULL OR deadline IS NULL)", in)).isZero();
        assertThat(count("state IN ('ANSWERED', 'SATISFIED') AND answered_on IS NULL", in)).isZero();
        assertThat(count("state IN ('ASSIGNED', 'IN_PROGRESS') AND reopen_count = 0 AND answered_on IS NOT NULL", in)).isZero();
        assertThat(count("state = 'REOPENED' AND reopen_count = 0", in)).isZero();
        assertThat(count("state = 'CLOSED' AND (closed_on IS NULL OR (answered_on IS NULL AND forwarded_on IS NULL))", in)).isZero();
        assertThat(count("state = 'FORWARDED' AND forwarded_on IS NULL", in)).isZero();
        assertThat(count("state = 'SATISFIED' AND NOT EXISTS (SELECT 1 FROM issue_feedback f WHERE f.issue_id = issue.id AND f.satisfied)", in)).isZero();
        // Every issue has its timeline: created first, each step starting where the last ended, the last at the state.
        assertThat(count("NOT EXISTS (SELECT 1 FROM issue_event e WHERE e.issue_id = issue.id AND e.action = 'CREATE')", in)).isZero();
        assertThat(count("state <> (SELECT e.to_state FROM issue_event e WHERE e.issue_id = issue.id ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1)", in)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT e.from_state, lag(e.to_state) OVER (PARTITION BY e.issue_id ORDER BY e.occurred_at, e.id) AS before
                                      FROM issue_event e WHERE e.issue_id IN (:ids)) s
                WHERE s.before IS NOT NULL AND s.from_state IS DISTINCT FROM s.before""", in, Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM issue_event e WHERE e.issue_id IN (:ids)"
                + " AND (e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > :today", in, Long.class)).isZero();
        assertThat(count("NOT EXISTS (SELECT 1 FROM issue_ddci_component d WHERE d.issue_id = issue.id)", in)).isZero();
        // A first deadline is the field's working days after the assignment, counted by the calendar.
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT i.assigned_on, i.deadline, f.default_deadline_days FROM issue i JOIN issue_field f ON f.id = i.field_id
                WHERE i.id IN (:ids) AND i.assigned_on IS NOT NULL AND i.reopen_count = 0""", in)) {
            LocalDate assigned = ((java.sql.Date) row.get("assigned_on")).toLocalDate();
            assertThat(((java.sql.Date) row.get("deadline")).toLocalDate())
                    .isEqualTo(calendar.addWorkingDays(assigned, ((Number) row.get("default_deadline_days")).intValue()));
        }
        // Something of everything the dashboard shows.
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT state) FROM issue WHERE id IN (:ids)", in, Long.class))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("state IN ('CLOSED', 'SATISFIED', 'ANSWERED')", in)).isGreaterThan(10);

        assertThat(writer.present()).isTrue();
        DemoIssueHistory configuredForFifty = new DemoIssueHistory(50, writer, null, null, null, null, null, null, null,
                null, clock);
        assertThat(configuredForFifty.load(null).inserted()).isZero();
    }

    @Test
    void theSameSeedAndDayGiveTheSameHistory() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        IssueHistoryGenerator.Inputs inputs = new IssueHistoryGenerator.Inputs(
                List.of(new IssueHistoryGenerator.Lead(1, "Sở A", 0.8), new IssueHistoryGenerator.Lead(2, "Sở B", 0.6)),
                List.of(new IssueFieldOption(10, "F", "Lĩnh vực", "Field", 15, true, 0)), List.of(100L, 101L),
                List.of(7L), List.of(), 99L, "Cán bộ tiếp nhận");
        BiFunction<LocalDate, Integer, LocalDate> weekdaysOnly = (start, days) -> {
            LocalDate day = start;
            for (int left = days; left > 0; ) {
                day = day.plusDays(1);
                if (day.getDayOfWeek().getValue() < 6) {
                    left--;
                }
            }
            return day;
        };

        List<IssueHistoryGenerator.Generated> first = new IssueHistoryGenerator(1, 200, today, inputs, weekdaysOnly).generate();
        List<IssueHistoryGenerator.Generated> again = new IssueHistoryGenerator(1, 200, today, inputs, weekdaysOnly).generate();
        List<IssueHistoryGenerator.Generated> otherSeed = new IssueHistoryGenerator(2, 200, today, inputs, weekdaysOnly).generate();

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first).extracting(IssueHistoryGenerator.Generated::state).contains(IssueState.CLOSED,
                IssueState.IN_PROGRESS, IssueState.SATISFIED);
        assertThat(first).allMatch(issue -> issue.events().getLast().to() == issue.state());
    }

    private long count(String condition, MapSqlParameterSource parameters) {
        return jdbc.queryForObject("SELECT count(*) FROM issue WHERE id IN (:ids) AND (" + condition + ")", parameters, Long.class);
    }
}
