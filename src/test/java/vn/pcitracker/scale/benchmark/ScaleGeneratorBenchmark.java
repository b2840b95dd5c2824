package vn.pcitracker.scale.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.scale.GenerationReport;
import vn.pcitracker.scale.ScaleGenerator;

/**
 * How fast the generator fills the benchmark database ({@code -Dscale.issues}, a million by default): rows per second
 * over all tables, indexes rebuilt and {@code ANALYZE} included. The floor, measured in the same run on the same
 * server: a bare COPY of as many minimal rows (one bigint) into a temporary table without index, the fastest rows
 * PostgreSQL can take through the same driver. Generates only into an empty database (the generator refuses a second
 * history): delete {@code data/scale/postgres}, or point {@code SPRING_DATASOURCE_URL} at an empty database, to measure
 * again. Run with {@code ./mvnw -Pbenchmark test -Dbenchmark=ScaleGeneratorBenchmark -Dscale.issues=1000000}.
 */
@SpringBootTest
class ScaleGeneratorBenchmark {

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @Autowired ScaleGenerator generator;

    @Test
    void generatesTheAskedNumberOfRecommendationsAndPrintsRowsPerSecondAgainstABareCopy() throws Exception {
        long issues = ScaleBenchmarkDatabase.issues();
        GenerationReport report = ScaleBenchmarkDatabase.ensure(context, issues);
        assertThat(generator.generatedIssues()).isGreaterThanOrEqualTo(report == null ? 1 : issues);
        if (report == null) {
            System.out.println("ScaleGeneratorBenchmark: nothing generated in this run, so no figure to compare");
            return;
        }
        double floor = bareCopyRowsPerSecond(report.rows());
        System.out.printf("ScaleGeneratorBenchmark: %,d issues, %,d rows in %.1f s = %,.0f rows/s; floor (bare COPY of %,d"
                        + " one-column rows into a temporary table) %,.0f rows/s; generator at %.2f of the floor; load"
                        + " average %.2f%n", issues, report.rows(), report.seconds(), report.rowsPerSecond(), report.rows(),
                floor, report.rowsPerSecond() / floor, report.loadAverage());
    }

    private double bareCopyRowsPerSecond(long rows) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("CREATE TEMPORARY TABLE scale_floor (n bigint) ON COMMIT DROP");
            long start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY scale_floor (n) FROM STDIN", new NumberLines(rows));
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.rollback();
            assertThat(copied).isEqualTo(rows);
            return rows / seconds;
        }
    }

    /** The numbers 1..count, one a line, generated as they are read. */
    private static final class NumberLines extends Reader {
        private final long count;
        private long next = 1;
        private String line = "";
        private int position;

        NumberLines(long count) {
            this.count = count;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int written = 0;
            while (written < length) {
                if (position == line.length()) {
                    if (next > count) {
                        return written == 0 ? -1 : written;
                    }
                    line = next++ + "\n";
                    position = 0;
                }
                buffer[offset + written++] = line.charAt(position++);
            }
            return written;
        }

        @Override
        public void close() {
        }
    }
}
