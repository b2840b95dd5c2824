package vn.pcitracker.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded default (PostgreSQL 17, data in data/local/postgres) ships no pg_dump, so scripts/backup.sh takes a cold
 * copy of its data folder while the application is stopped, and scripts/restore.sh unpacks it into a new folder
 * (docs/operations.md). Proved here on the same embedded server the application runs: records and attachment bytes
 * are the same after a restore; a running server's folder, a non-empty target and a damaged archive are refused.
 */
class EmbeddedBackupRestoreTest {

    @TempDir
    Path work;

    @Test
    void aColdCopyOfTheDataFolderRestoredIntoANewFolderHoldsTheSameRecordsAndAttachmentBytes() throws Exception {
        Path data = work.resolve("local/postgres");
        Path backup = work.resolve("backups/pci-tracker.tar.gz");
        Map<String, String> tables;
        Map<Long, String> attachments;
        try (EmbeddedPostgres server = start(data)) {
            JdbcTemplate source = database(server);
            Flyway.configure().dataSource(source.getDataSource()).locations("classpath:db/migration").load().migrate();
            attachments = BackupFixtures.fill(source);
            tables = BackupFixtures.tableFingerprints(source);

            Result refused = run("scripts/backup.sh", data.toString(), backup.toString());
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.output()).contains("PostgreSQL is running on");
            assertThat(backup.getParent()).satisfiesAnyOf(folder -> assertThat(folder).doesNotExist(),
                    folder -> assertThat(folder).isEmptyDirectory());
        }

        assertThat(run("scripts/backup.sh", data.toString(), backup.toString()).exit()).isZero();
        assertThat(backup.resolveSibling("pci-tracker.tar.gz.sha256")).exists();
        Path restoredData = work.resolve("restored/postgres");
        Result restore = run("scripts/restore.sh", backup.toString(), restoredData.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();

        try (EmbeddedPostgres server = start(restoredData)) {
            JdbcTemplate restored = database(server);
            assertThat(tables).containsKeys("issue", "attachment", "attachment_content", "user_account");
            assertThat(BackupFixtures.tableFingerprints(restored)).isEqualTo(tables);
            assertThat(BackupFixtures.attachmentDigests(restored)).isEqualTo(attachments).hasSize(3);
        }
    }

    @Test
    void aRestoreIntoAFolderThatHoldsFilesOrFromADamagedArchiveIsRefusedAndChangesNothing() throws Exception {
        Path data = work.resolve("small/postgres");
        try (EmbeddedPostgres server = start(data)) {
            database(server).execute("CREATE TABLE issue (id bigint); INSERT INTO issue VALUES (7)");
        }
        Path backup = work.resolve("small.tar.gz");
        assertThat(run("scripts/backup.sh", data.toString(), backup.toString()).exit()).isZero();

        Path inUse = Files.createDirectories(work.resolve("in-use"));
        Files.writeString(inUse.resolve("keep.txt"), "mine");
        Result intoUsed = run("scripts/restore.sh", backup.toString(), inUse.toString());
        assertThat(intoUsed.exit()).isNotZero();
        assertThat(intoUsed.output()).contains("is not empty");
        try (var files = Files.list(inUse)) {
            assertThat(files).containsExactly(inUse.resolve("keep.txt"));
        }

        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(backup, bytes);
        Result damaged = run("scripts/restore.sh", backup.toString(), work.resolve("from-damaged").toString());
        assertThat(damaged.exit()).isNotZero();
        assertThat(damaged.output()).contains("does not match its SHA-256");
        assertThat(work.resolve("from-damaged")).doesNotExist();
    }

    /** Never "clean": zonky would delete the data folder when the server stops. */
    private static EmbeddedPostgres start(Path data) throws IOException {
        Files.createDirectories(data);
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setLocaleConfig("encoding", "UTF8").start();
    }

    private static JdbcTemplate database(EmbeddedPostgres server) {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
                "jdbc:postgresql://localhost:" + server.getPort() + "/postgres", "postgres", "postgres"));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within 2 minutes");
        }
        return new Result(process.exitValue(), output);
    }
}
