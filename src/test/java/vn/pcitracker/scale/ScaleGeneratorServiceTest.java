package vn.pcitracker.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The generator run on the shared test database inside its own transaction, checked, then rolled back, so that the
 * other tests never see its rows (docs/adr/004). 3,000 recommendations over three years up to a fixed day.
 */
@SpringBootTest
class ScaleGeneratorServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final ScaleSpec SPEC = new ScaleSpec(3_000, 766, 60, 2, 40);

    @Autowired ScaleGenerator generator;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void threeThousandRecommendationsKeepTheWorkflowsRulesRefuseASecondGenerationAndAreRolledBack() {
        long issuesBefore = generator.generatedIssues();
        GenerationReport report = generator.generateAndRollBack(SPEC, TODAY, jdbc -> {
            jdbc.execute("CREATE TEMPORARY TABLE mine ON COMMIT DROP AS SELECT id FROM issue WHERE synthetic AND content LIKE '%"
                    + IssueWalk.MARKER + "'");
            assertThat(count(jdbc, "mine")).isEqualTo(3_000);
            assertThat(generator.refusal(jdbc)).as("a second generation is refused").contains("3,000 generated recommendations");
            // Every state of the workflow occurs.
            assertThat(jdbc.queryForList("SELECT DISTINCT state FROM issue WHERE id IN (SELECT id FROM mine)", String.class)).containsExactlyInAnyOrder("RECEIVED", "CLASSIFIED",
                    "ASSIGNED", "IN_PROGRESS", "ANSWERED", "SATISFIED", "REOPENED", "CLOSED", "FORWARDED", "REJECTED",
                    "WITHDRAWN");
            // Codes unique, numbered per year of receipt, and the counter at the highest number of each year.
            assertThat(count(jdbc, "(SELECT code FROM issue GROUP BY code HAVING count(*) > 1) duplicates")).isZero();
            assertThat(count(jdbc, "issue WHERE id IN (SELECT id FROM mine) AND code NOT LIKE 'KN-' || extract(year FROM received_on) || '-%'")).isZero();
            assertThat(count(jdbc, "issue_code_counter c WHERE c.last_value < (SELECT max(substr(code, 9)::bigint)"
                    + " FROM issue WHERE code LIKE 'KN-' || c.year || '-%')")).isZero();
            // Deadlines after the assignment, nothing after today, open states agree with the dates.
            assertThat(count(jdbc, "issue WHERE id IN (SELECT id FROM mine) AND (deadline <= assigned_on OR answered_on > '2026-11-18' OR closed_on > '2026-11-18')"))
                    .isZero();
            assertThat(count(jdbc, "issue WHERE id IN (SELECT id FROM mine) AND state IN ('ASSIGNED', 'IN_PROGRESS', 'REOPENED', 'ANSWERED', 'SATISFIED')"
                    + " AND (lead_agency_id IS NULL OR deadline IS NULL)")).isZero();
            assertThat(count(jdbc, "issue WHERE id IN (SELECT id FROM mine) AND state = 'SATISFIED' AND NOT EXISTS (SELECT 1 FROM issue_feedback f"
                    + " WHERE f.issue_id = issue.id AND f.satisfied)")).isZero();
            // The latest verdict kept on the issue (V176) agrees with the feedback written, as its triggers would keep it.
            assertThat(count(jdbc, "issue i WHERE id IN (SELECT id FROM mine) AND latest_feedback_satisfied IS DISTINCT FROM"
                    + " (SELECT f.satisfied FROM issue_feedback f WHERE f.issue_id = i.id ORDER BY f.given_at DESC, f.id DESC LIMIT 1)"))
                    .isZero();
            assertThat(count(jdbc, "issue WHERE id IN (SELECT id FROM mine) AND latest_feedback_satisfied IS NOT NULL")).isPositive();
            // Timelines: created first, each step starting where the one before ended, in time order, ending at the state.
            assertThat(count(jdbc, """
                    (SELECT issue_id, from_state, to_state,
                            lag(to_state) OVER (PARTITION BY issue_id ORDER BY occurred_at, id) AS previous,
                            lag(occurred_at) OVER (PARTITION BY issue_id ORDER BY id) AS before, occurred_at
                     FROM issue_event WHERE issue_id IN (SELECT id FROM mine)) steps
                    WHERE from_state IS DISTINCT FROM previous OR before >= occurred_at""")).isZero();
            assertThat(count(jdbc, "issue WHERE id IN (SELECT id FROM mine) AND state <> (SELECT e.to_state FROM issue_event e WHERE e.issue_id = issue.id"
                    + " ORDER BY e.occurred_at DESC LIMIT 1)")).isZero();
            assertThat(count(jdbc, "issue i WHERE id IN (SELECT id FROM mine) AND lead_agency_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issue_ddci_component c"
                    + " WHERE c.issue_id = i.id)")).isZero();
            assertThat(count(jdbc, "issue i WHERE id IN (SELECT id FROM mine) AND (SELECT count(*) FROM issue_party p WHERE p.issue_id = i.id AND p.role = 'SUBMITTER') <> 1"))
                    .isZero();
            // Load-test accounts, shares as agreed, password demo.
            assertThat(jdbc.queryForList("SELECT role, count(*) AS n FROM user_account WHERE username LIKE 'load-%' GROUP BY role"))
                    .extracting(row -> row.get("role") + "=" + row.get("n"))
                    .containsExactlyInAnyOrder("AGENCY_OFFICER=24", "INVESTMENT_OFFICER=6", "LEADER=6", "ASSOCIATION_REP=4");
            String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE username = 'load-agency-001'",
                    String.class);
            assertThat(passwordEncoder.matches("demo", hash)).isTrue();
            assertThat(count(jdbc, "agency WHERE code LIKE 'SCALE-%'")).isPositive();
            assertThat(count(jdbc, "bottleneck WHERE synthetic")).isPositive();
            assertThat(count(jdbc, "commitment_check_in")).isPositive();
        });

        Map<String, Long> rows = report.rowsPerTable();
        assertThat(rows.get("issue")).isEqualTo(3_000);
        assertThat(rows.get("issue_event")).isGreaterThan(4 * 3_000);
        assertThat(rows.get("issue_feedback")).isBetween(900L, 1_600L);
        assertThat(rows.get("user_account")).isEqualTo(40);
        assertThat(List.of("issue_ddci_component", "issue_party", "issue_dialogue", "dialogue_session", "bottleneck",
                "bottleneck_event", "commitment", "commitment_criterion")).allSatisfy(table -> assertThat(rows.get(table)).isPositive());
        assertThat(generator.generatedIssues()).as("rolled back").isEqualTo(issuesBefore);
    }

    @Test
    void theSameSeedAndDayGiveTheSameRowsAndAnotherSeedOthers() {
        ScaleSpec small = new ScaleSpec(500, 766, 40, 2, 8);
        String first = generator.contentDigest(small, TODAY, 1_000_000);
        String again = generator.contentDigest(small, TODAY, 1_000_000);
        String otherSeed = generator.contentDigest(new ScaleSpec(500, 767, 40, 2, 8), TODAY, 1_000_000);

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    private static long count(JdbcTemplate jdbc, String from) {
        return jdbc.queryForObject("SELECT count(*) FROM " + from, Long.class);
    }
}
