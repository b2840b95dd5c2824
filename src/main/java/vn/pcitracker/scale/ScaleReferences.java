package vn.pcitracker.scale;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows a generation builds on, read with plain SQL in a stable order (so that the same database gives the same
 * history): active agencies that answer recommendations, a central ministry to forward to, active fields, DDCI
 * components, active associations, the code counters and the next free id of every table the generator fills.
 */
record ScaleReferences(List<Agency> agencies, Long ministryId, List<Field> fields, List<Long> componentIds,
                       List<Long> associationIds, Map<Integer, Long> issueCodes, Map<Integer, Long> bottleneckCodes,
                       Map<String, Long> nextIds) {

    record Agency(long id, String code, String name) {
    }

    record Field(long id, int deadlineDays) {
    }

    /** Tables whose ids the generator assigns itself, because other rows refer to them. */
    static final List<String> ID_TABLES = List.of("agency", "association", "enterprise", "user_account",
            "dialogue_session", "licensing_procedure", "issue", "bottleneck", "commitment", "commitment_unit",
            "commitment_criterion");

    static ScaleReferences read(JdbcTemplate jdbc, LocalDate today) {
        List<Agency> agencies = jdbc.query("""
                SELECT id, code, name_vi FROM agency
                WHERE kind IN ('DEPARTMENT', 'BOARD', 'PEOPLES_COMMITTEE_OFFICE', 'WARD', 'COMMUNE', 'SPECIAL_ZONE')
                  AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)
                  AND code NOT LIKE 'SCALE-%'
                ORDER BY code""", (rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getString(3)), today, today);
        Long ministry = jdbc.query("SELECT id FROM agency WHERE kind = 'CENTRAL_AGENCY' ORDER BY code LIMIT 1",
                (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
        List<Field> fields = jdbc.query("SELECT id, default_deadline_days FROM issue_field WHERE active ORDER BY position, id",
                (rs, n) -> new Field(rs.getLong(1), rs.getInt(2)));
        List<Long> components = jdbc.queryForList("SELECT id FROM ddci_component ORDER BY id", Long.class);
        List<Long> associations = jdbc.queryForList(
                "SELECT id FROM association WHERE retired_on IS NULL AND code NOT LIKE 'SCALE-%' ORDER BY id", Long.class);
        Map<String, Long> nextIds = new HashMap<>();
        ID_TABLES.forEach(table -> nextIds.put(table, jdbc.queryForObject(
                "SELECT greatest((SELECT coalesce(max(id), 0) FROM " + table + "), (SELECT last_value FROM "
                        + sequence(jdbc, table) + ")) + 1", Long.class)));
        return new ScaleReferences(agencies, ministry, fields, components, associations,
                counters(jdbc, "issue_code_counter"), counters(jdbc, "bottleneck_code_counter"), nextIds);
    }

    static String sequence(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT pg_get_serial_sequence(?, 'id')", String.class, table);
    }

    private static Map<Integer, Long> counters(JdbcTemplate jdbc, String table) {
        Map<Integer, Long> counters = new HashMap<>();
        jdbc.query("SELECT year, last_value FROM " + table, rs -> {
            counters.put(rs.getInt(1), rs.getLong(2));
        });
        return counters;
    }
}
