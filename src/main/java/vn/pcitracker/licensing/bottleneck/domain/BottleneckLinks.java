package vn.pcitracker.licensing.bottleneck.domain;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code bottleneck_issue} link table and the {@code DN-<year>-<4 digits>} code counter: plain SQL, since
 * neither is edited in place. The counter's upsert locks the year's row until the creating transaction ends,
 * so concurrent creators wait for each other and a rolled-back creation gives its number back.
 */
@Repository
public class BottleneckLinks {

    private static final String NEXT = """
            INSERT INTO bottleneck_code_counter (year, last_value) VALUES (?, 1)
            ON CONFLICT (year) DO UPDATE SET last_value = bottleneck_code_counter.last_value + 1
            RETURNING last_value""";

    private final JdbcTemplate jdbc;

    BottleneckLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the transaction that saves the bottleneck. */
    public String nextCode(int year) {
        Long next = jdbc.queryForObject(NEXT, Long.class, year);
        return "DN-%d-%04d".formatted(year, next);
    }

    /** Returns false when the issue was already linked. */
    public boolean link(long bottleneckId, long issueId) {
        return jdbc.update("INSERT INTO bottleneck_issue (bottleneck_id, issue_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                bottleneckId, issueId) == 1;
    }

    public List<Long> issueIds(long bottleneckId) {
        return jdbc.queryForList("SELECT issue_id FROM bottleneck_issue WHERE bottleneck_id = ? ORDER BY linked_at, issue_id",
                Long.class, bottleneckId);
    }
}
