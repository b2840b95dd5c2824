package vn.pcitracker.scale;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes the secondary indexes and foreign keys of the big tables away for the load and puts them back after it, read
 * from the catalogue ({@code pg_get_indexdef}, {@code pg_get_constraintdef}) so that nothing here repeats a migration.
 * Maintaining a trigram index and checking a foreign key row by row cost far more than building the index once and
 * validating the key with one join; everything happens in the load's transaction, so a failed load leaves the schema
 * as it was. Primary keys, unique and check constraints stay: they are checked on every row as usual.
 */
final class BulkLoadSchema {

    static final List<String> TABLES = List.of("issue", "issue_event", "issue_ddci_component", "issue_party",
            "issue_coordinator", "issue_dialogue", "issue_feedback");

    private static final Logger log = LoggerFactory.getLogger(BulkLoadSchema.class);

    private final JdbcTemplate jdbc;
    private final List<String> indexes = new ArrayList<>();
    private final List<String[]> foreignKeys = new ArrayList<>();

    BulkLoadSchema(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void drop() {
        String[] tables = TABLES.toArray(String[]::new);
        // Foreign keys of or into the big tables (into: the bottleneck links that refer to issues).
        jdbc.query("""
                SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE contype = 'f' AND (conrelid::regclass::text = ANY (?) OR confrelid::regclass::text = ANY (?))
                ORDER BY conrelid::regclass::text, conname""", rs -> {
            foreignKeys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }, tables, tables);
        List<String> names = new ArrayList<>();
        jdbc.query("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid::regclass::text = ANY (?) AND NOT i.indisprimary AND NOT i.indisunique
                ORDER BY 1""", rs -> {
            names.add(rs.getString(1));
            indexes.add(rs.getString(2));
        }, (Object) tables);
        names.forEach(name -> jdbc.execute("DROP INDEX " + name));
        // V176's triggers would update the issue of every feedback row once per COPY; the load writes the column itself.
        jdbc.execute("ALTER TABLE issue_feedback DISABLE TRIGGER USER");
        foreignKeys.forEach(key -> jdbc.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]));
    }

    /** Rebuilds everything dropped, logging each statement that took more than a second (where the time goes). */
    void restore() {
        jdbc.execute("ALTER TABLE issue_feedback ENABLE TRIGGER USER");
        indexes.forEach(this::timed);
        foreignKeys.forEach(key -> timed("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]));
    }

    private void timed(String statement) {
        long start = System.nanoTime();
        jdbc.execute(statement);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 1_000) {
            log.info("Scale generation: {} ms for {}", millis, statement);
        }
    }

    int indexCount() {
        return indexes.size();
    }

    int foreignKeyCount() {
        return foreignKeys.size();
    }
}
