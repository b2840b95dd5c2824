package vn.pcitracker.scale;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * Fills the configured database with a synthetic history at scale ({@link ScaleSpec}), streamed with PostgreSQL COPY
 * in one transaction: secondary indexes and foreign keys of the big tables are dropped first and rebuilt after
 * ({@link BulkLoadSchema}), sequences and code counters are moved past what was written, then {@code VACUUM (ANALYZE)}.
 * Refuses to run on a database that holds a generated history already. A tool for benchmarks and load tests, never
 * called by the application's users, hence a component without the services' access checks
 * (docs/adr/012-bulk-generator-writes-with-copy.md).
 */
@Component
public class ScaleGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    private final DataSource dataSource;
    private final WorkingDayCalendar calendar;
    private final PasswordEncoder passwordEncoder;

    ScaleGenerator(DataSource dataSource, WorkingDayCalendar calendar, PasswordEncoder passwordEncoder) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.passwordEncoder = passwordEncoder;
    }

    /** Generates up to today (Vietnam time) and prints progress and the report. */
    public GenerationReport generate(ScaleSpec spec) {
        return generate(spec, LocalDate.now(ZONE));
    }

    /** How many recommendations a generation has written into this database (0 if none). */
    public long generatedIssues() {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM issue WHERE synthetic AND content LIKE ?", Long.class, "%" + IssueWalk.MARKER);
    }

    GenerationReport generate(ScaleSpec spec, LocalDate today) {
        return load(spec, today, null);
    }

    /**
     * Generates as {@link #generate} does, hands the connection (the generation's transaction, everything written and
     * rebuilt) to {@code inspect}, then rolls everything back: for tests on a database other tests share.
     */
    GenerationReport generateAndRollBack(ScaleSpec spec, LocalDate today, Consumer<JdbcTemplate> inspect) {
        return load(spec, today, inspect);
    }

    private GenerationReport load(ScaleSpec spec, LocalDate today, Consumer<JdbcTemplate> inspectThenRollBack) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            String refusal = refusal(jdbc);
            if (refusal != null) {
                connection.rollback();
                log.warn("Scale generation refused: {}", refusal);
                return new GenerationReport(spec, Map.of(), 0, loadAverage(), refusal);
            }
            jdbc.execute("SET LOCAL maintenance_work_mem = '1GB'");
            jdbc.execute("SET LOCAL synchronous_commit = off");
            ScaleReferences references = ScaleReferences.read(jdbc, today);
            if (references.fields().isEmpty() || references.componentIds().isEmpty()) {
                throw new IllegalStateException("No issue fields or DDCI components: load the reference data first");
            }
            BulkLoadSchema schema = new BulkLoadSchema(jdbc);
            schema.drop();
            log.info("Scale generation: {} issues, seed {}; {} indexes and {} foreign keys dropped for the load",
                    spec.issues(), spec.seed(), schema.indexCount(), schema.foreignKeyCount());
            CopyWriter writer = new CopyWriter(connection.unwrap(PGConnection.class).getCopyAPI());
            ScaleRun run = new ScaleRun(spec, references, writer, today, passwordEncoder.encode("demo"), this::addWorkingDays);
            long[] lastReport = {System.nanoTime()};
            Map<String, Long> written;
            try (writer) {
                written = run.run(issues -> {
                    if (System.nanoTime() - lastReport[0] > PROGRESS_NANOS) {
                        lastReport[0] = System.nanoTime();
                        double seconds = (lastReport[0] - started) / 1e9;
                        log.info("Scale generation: {} of {} issues, {} rows queued for COPY, {} s, {} rows/s", issues,
                                spec.issues(), run.total(), Math.round(seconds), Math.round(run.total() / seconds));
                    }
                });
            }
            long loaded = System.nanoTime();
            log.info("Scale generation: rows written in {} s; rebuilding indexes and foreign keys",
                    Math.round((loaded - started) / 1e9));
            schema.restore();
            log.info("Scale generation: indexes and foreign keys rebuilt in {} s", Math.round((System.nanoTime() - loaded) / 1e9));
            counters(jdbc, "issue_code_counter", run.issueCodesUsed, references.issueCodes());
            counters(jdbc, "bottleneck_code_counter", run.bottleneckCodesUsed, references.bottleneckCodes());
            ScaleReferences.ID_TABLES.forEach(table -> jdbc.queryForObject("SELECT setval(?, (SELECT max(id) FROM " + table
                    + "))", Long.class, ScaleReferences.sequence(jdbc, table)));
            if (inspectThenRollBack != null) {
                inspectThenRollBack.accept(jdbc);
                connection.rollback();
            } else {
                connection.commit();
                connection.setAutoCommit(true);
                // VACUUM, not only ANALYZE: it sets the visibility map, without which the figures' index-only scans
                // read the table for every row (counts 3-4x slower on a fresh load).
                long vacuum = System.nanoTime();
                written.keySet().forEach(table -> jdbc.execute("VACUUM (ANALYZE) " + table));
                log.info("Scale generation: tables vacuumed and analysed in {} s", Math.round((System.nanoTime() - vacuum) / 1e9));
            }
            GenerationReport report = new GenerationReport(spec, new LinkedHashMap<>(written),
                    (System.nanoTime() - started) / 1e9, loadAverage(), null);
            log.info(report.describe());
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Scale generation failed, nothing was written: " + e.getMessage(), e);
        }
    }

    /** Why a generation would add nothing here (a generated history is present), or null. */
    String refusal(JdbcTemplate jdbc) {
        long agencies = jdbc.queryForObject("SELECT count(*) FROM agency WHERE code LIKE 'SCALE-%'", Long.class);
        long accounts = jdbc.queryForObject("SELECT count(*) FROM user_account WHERE username LIKE 'load-%'", Long.class);
        if (agencies == 0 && accounts == 0) {
            return null;
        }
        long issues = jdbc.queryForObject("SELECT count(*) FROM issue WHERE synthetic AND content LIKE ?", Long.class,
                "%" + IssueWalk.MARKER);
        return ("this database holds a generated history already (%,d generated recommendations, %,d generated agencies,"
                + " %,d load-test accounts); nothing was added. Generate into an empty database.").formatted(issues,
                agencies, accounts);
    }

    /**
     * A digest of everything a generation would write, written nowhere: the same spec, seed, day and database give
     * the same digest. The ids start at {@code firstId} for every table, so that the digest does not depend on
     * which ids the database has used.
     */
    String contentDigest(ScaleSpec spec, LocalDate today, long firstId) {
        ScaleReferences found = ScaleReferences.read(new JdbcTemplate(dataSource), today);
        Map<String, Long> ids = new LinkedHashMap<>();
        ScaleReferences.ID_TABLES.forEach(table -> ids.put(table, firstId));
        ScaleReferences references = new ScaleReferences(found.agencies(), found.ministryId(), found.fields(),
                found.componentIds(), found.associationIds(), found.issueCodes(), found.bottleneckCodes(), ids);
        MessageDigest digest = sha256();
        new ScaleRun(spec, references, (table, columns, rows) -> {
            digest.update(table.getBytes(StandardCharsets.UTF_8));
            digest.update(rows.toString().getBytes(StandardCharsets.UTF_8));
        }, today, "hash", this::addWorkingDays).run(issues -> { });
        return HexFormat.of().formatHex(digest.digest());
    }

    private LocalDate addWorkingDays(LocalDate day, int days) {
        return SystemAuthentication.runAsSystem(() -> calendar.addWorkingDays(day, days));
    }

    private static void counters(JdbcTemplate jdbc, String table, Map<Integer, Long> used, Map<Integer, Long> found) {
        used.forEach((year, count) -> jdbc.update("INSERT INTO " + table + " (year, last_value) VALUES (?, ?) "
                + "ON CONFLICT (year) DO UPDATE SET last_value = EXCLUDED.last_value", year, found.getOrDefault(year, 0L) + count));
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
