package vn.pcitracker.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM: every Spring context of a test run, and a
 * restarted application context, reuse the server instead of starting another.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<String, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** JDBC URL of the server for this data directory; blank means a throw-away one, clean wipes it first. */
    static String jdbcUrl(String dataDirectory, int port, boolean clean) {
        EmbeddedPostgres server = RUNNING.computeIfAbsent(key(dataDirectory), key -> start(dataDirectory, port, clean));
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static String key(String dataDirectory) {
        return dataDirectory == null || dataDirectory.isBlank() ? "" : Path.of(dataDirectory).toAbsolutePath().normalize().toString();
    }

    private static EmbeddedPostgres start(String dataDirectory, int port, boolean clean) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8");
            String directory = key(dataDirectory);
            if (directory.isEmpty()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path path = Path.of(directory);
                Files.createDirectories(path);
                builder.setDataDirectory(path).setCleanDataDirectory(clean);
            }
            long started = System.nanoTime();
            EmbeddedPostgres server = builder.start();
            log.info("Embedded PostgreSQL ready on port {} (data: {}) in {} ms", server.getPort(),
                    directory.isEmpty() ? "temporary" : directory, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }
}
