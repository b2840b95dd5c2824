package vn.pcitracker.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema as Flyway builds it, on whichever PostgreSQL the run uses (embedded 17 by default, the machine's
 * 15 in CI's second pass). Hibernate's validation of the entities runs as the context starts.
 */
@SpringBootTest
class MigrationTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void everyMigrationIsAppliedSuccessfully() {
        List<Boolean> outcomes = jdbc.queryForList("select success from flyway_schema_history where version is not null", Boolean.class);

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(5).containsOnly(true);
    }

    @Test
    void theSearchExtensionsAreInstalled() {
        assertThat(jdbc.queryForList("select extname from pg_extension", String.class)).contains("unaccent", "pg_trgm");
    }

    @Test
    void searchTextIgnoresCaseAndVietnameseDiacriticsIncludingTheLetterD() {
        assertThat(jdbc.queryForObject("select search_text('Sở Xây Dựng Đồ Sơn')", String.class)).isEqualTo("so xay dung do son");
    }

    /** Link tables, counters and append-only logs are never edited in place, so they carry no version. */
    private static final List<String> NOT_EDITED_IN_PLACE = List.of("flyway_schema_history", "agency_successor",
            "pci_edition_weight", "pci_sub_index_score", "pci_goal_sub_index", "ddci_component_pci", "ddci_result_component", "scorecard_measure_component", "dialogue_session_association",
            "issue_code_counter", "issue_coordinator", "issue_ddci_component", "issue_party", "issue_dialogue",
            "issue_event", "issue_feedback", "attachment_content", "licensing_procedure_line",
            "bottleneck_code_counter", "bottleneck_cause", "bottleneck_ddci_component", "bottleneck_issue", "bottleneck_event",
            "commitment_check_in", "api_call", "open311_submission", "notification_param", "notification_trigger",
            "audit_log", "login_failure", "login_lockout");

    @Test
    void everyEditableTableCarriesAVersionForOptimisticLocking() {
        List<String> withoutVersion = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and t.table_name <> all (?)
                  and not exists (select 1 from information_schema.columns c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.column_name = 'version')""", String.class,
                (Object) NOT_EDITED_IN_PLACE.toArray(String[]::new));

        assertThat(withoutVersion).isEmpty();
    }
}
