package vn.pcitracker.issue.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pcitracker.scale.benchmark.ScaleBenchmarkDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.ui.InboxExportProbe;
import vn.pcitracker.shared.export.ExportFormat;

/**
 * The inbox export of about 100,000 recommendations (the newest, by a received-from filter), as xlsx and as CSV,
 * through the real path: the inbox view's export ({@code IssueExport}: {@link IssueQueryService#stream} a page at a
 * time by key, the export details of each page, {@code shared.export}'s writers), signed in as an investment officer.
 * Floor, in the same run: a bare JDBC read of the same rows (the issue columns, content included, streamed with a
 * fetch size) written as plain comma-separated text with no formatting, quoting or lookups. Time, bytes written,
 * bytes allocated by the thread, and the peak of the heap (sum of the heap pools' peaks after a GC and a reset: an
 * upper bound, garbage included). Meant for a million issues (SPRING_DATASOURCE_URL at a copy of the scale database).
 * Run with {@code ./mvnw -Pbenchmark test -Dbenchmark=IssueExportBenchmark}.
 */
class IssueExportBenchmark extends ViewTestBase {

    static final int ROWS = Integer.getInteger("export.rows", 100_000);

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired IssueQueryService queries;
    @Autowired TransactionTemplate transactions;

    @Test
    void exportsAHundredThousandRows() {
        ScaleBenchmarkDatabase.ensure(context, ScaleBenchmarkDatabase.issues());
        long issues = jdbc.queryForObject("SELECT count(*) FROM issue", Long.class);
        LocalDate from = jdbc.queryForObject("SELECT received_on FROM issue ORDER BY received_on DESC, id DESC"
                + " OFFSET ? LIMIT 1", LocalDate.class, ROWS - 1);
        List<String> lines = new ArrayList<>();
        lines.add("=== IssueExportBenchmark: %,d issues, received from %s, load average %s".formatted(issues, from,
                InboxTiming.loadAverage()));
        signInAs("investment");
        IssueFilter filter = IssueFilter.none().withReceived(from, null);
        long rows = queries.count(filter);
        InboxExportProbe inbox = InboxExportProbe.open(queries.toQueryParameters(filter));

        for (int round = 0; round < 2; round++) {
            Measured floor = measure(out -> floor(from, out));
            lines.add("round %d floor (bare JDBC → plain CSV): %s".formatted(round + 1, floor));
            for (ExportFormat format : ExportFormat.values()) {
                Measured export = measure(out -> inbox.write(format, out));
                lines.add("round %d %-4s export of %,d rows: %s  %.1f× the floor's time".formatted(round + 1, format, rows,
                        export, export.seconds / floor.seconds));
                assertThat(export.bytes).isPositive();
            }
        }
        lines.add("load average at the end: " + InboxTiming.loadAverage());
        System.out.println("\n" + String.join("\n", lines) + "\n");
    }

    /** The rows, read by bare JDBC in one read-only transaction (so the driver streams them), written as plain CSV. */
    private void floor(LocalDate from, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        transactions.executeWithoutResult(status -> {
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(1_000);
            streaming.query("""
                    SELECT i.id, i.code, i.title, i.state, i.priority, i.field_id, i.lead_agency_id, i.channel,
                           i.received_on, i.deadline, i.answered_on, i.content, i.is_public
                    FROM issue i WHERE i.received_on >= ? ORDER BY i.received_on DESC, i.id DESC""", rs -> {
                try {
                    for (int column = 2; column <= 13; column++) {
                        writer.write(String.valueOf(rs.getObject(column)));
                        writer.write(column == 13 ? '\n' : ',');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, Date.valueOf(from));
        });
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Measured(double seconds, long bytes, long allocated, long peakHeap) {
        @Override
        public String toString() {
            return "%6.2f s, %,6d KB written, %,7d MB allocated, heap peak %,5d MB".formatted(seconds, bytes / 1024,
                    allocated >> 20, peakHeap >> 20);
        }
    }

    private interface Export {
        void write(OutputStream out);
    }

    private static Measured measure(Export export) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] bytes = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        export.write(counting);
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured(seconds, bytes[0], allocated, peak);
    }
}
