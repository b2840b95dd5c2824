package vn.pcitracker.issue.domain;

import java.util.List;
import java.util.stream.LongStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Readable codes {@code KN-<year>-<6 digits>}, numbered per year. The upsert locks the year's row until the
 * creating transaction ends, so concurrent creators wait for each other and a rolled-back creation gives
 * its number back: no duplicates and no gaps.
 */
@Repository
public class IssueCodeCounter {

    private static final String NEXT = """
            INSERT INTO issue_code_counter (year, last_value) VALUES (?, 1)
            ON CONFLICT (year) DO UPDATE SET last_value = issue_code_counter.last_value + 1
            RETURNING last_value""";

    private final JdbcTemplate jdbc;

    IssueCodeCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next {@code count} codes of the year in one statement, for bulk creation (demo history, imports); must run
     * inside the transaction that saves the issues.
     */
    public List<String> nextCodes(int year, int count) {
        if (count <= 0) {
            return List.of();
        }
        Long last = jdbc.queryForObject("""
                INSERT INTO issue_code_counter (year, last_value) VALUES (?, ?)
                ON CONFLICT (year) DO UPDATE SET last_value = issue_code_counter.last_value + EXCLUDED.last_value
                RETURNING last_value""", Long.class, year, count);
        return LongStream.rangeClosed(last - count + 1, last).mapToObj(n -> "KN-%d-%06d".formatted(year, n)).toList();
    }

    /** Must run inside the transaction that saves the issue. */
    public String nextCode(int year) {
        Long next = jdbc.queryForObject(NEXT, Long.class, year);
        return "KN-%d-%06d".formatted(year, next);
    }
}
