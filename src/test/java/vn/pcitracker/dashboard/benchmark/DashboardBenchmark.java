package vn.pcitracker.dashboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.pcitracker.scale.benchmark.ScaleBenchmarkDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.dashboard.DashboardFigures;
import vn.pcitracker.dashboard.DashboardPeriod;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;
import vn.pcitracker.dashboard.DashboardService;
import vn.pcitracker.security.TestLogins;

/**
 * How long the leaders' dashboard takes to compute at scale, against its floor: {@link DashboardService#figures}
 * (every figure the dashboard shows, in its one read-only transaction, with method security) is timed, and so is the
 * floor, the very statements it executed (recorded with their parameters by {@link StatementRecorder}) replayed over
 * bare JDBC in one read-only transaction, every column of every row read. The ratio service ÷ floor is the cost of
 * everything that is not the database: Spring, security, mapping, the Java between the statements. Target at a
 * million recommendations: ≤ 1.5× the floor and under 300 ms. Prints the median and p95 of each after a warm-up, and
 * each statement's; asserts only that the service and its floor ran.
 * <p>
 * Run with {@code ./mvnw -B -o -Pbenchmark test -Dbenchmark=DashboardBenchmark} and SPRING_DATASOURCE_URL pointing at
 * a database of a million generated recommendations (for instance a copy of {@code scale1m}); {@code
 * -Dbenchmark.repetitions} (30) and {@code -Dbenchmark.warmUp} (5) change the counts.
 */
@SpringBootTest
class DashboardBenchmark {

    static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 5);
    static final int REPETITIONS = Integer.getInteger("benchmark.repetitions", 30);

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        static BeanPostProcessor statementRecorder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && name.equals("dataSource")
                            ? new StatementRecorder(dataSource) : bean;
                }
            };
        }
    }

    private record Case(String name, String username, Preset preset) {
    }

    @Autowired ApplicationContext context;
    @Autowired DashboardService dashboard;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void dashboardFiguresAgainstTheStatementsBehindThem() throws SQLException {
        ScaleBenchmarkDatabase.ensure(context, ScaleBenchmarkDatabase.issues());
        long issues = jdbc.queryForObject("SELECT count(*) FROM issue", Long.class);
        String before = loadAverage();
        List<String> lines = new ArrayList<>();
        for (Case run : List.of(new Case("this year, all agencies, leader", account("LEADER"), Preset.THIS_YEAR),
                new Case("this quarter, all agencies, leader", account("LEADER"), Preset.THIS_QUARTER),
                new Case("this year, own agency, agency officer", busiestAgencyOfficer(), Preset.THIS_YEAR))) {
            lines.addAll(measure(run));
        }
        System.out.println("\n=== DashboardBenchmark: %,d recommendations, %d cores, load average %s before, %s after"
                .formatted(issues, Runtime.getRuntime().availableProcessors(), before, loadAverage()) + "\n"
                + String.join("\n", lines) + "\n");
    }

    private List<String> measure(Case run) throws SQLException {
        TestLogins.signIn(context, run.username());
        try {
            DashboardPeriod period = DashboardPeriod.of(run.preset(), DashboardPeriod.today());
            for (int n = 0; n < WARM_UP; n++) {
                dashboard.figures(period, null);
            }
            double[] service = new double[REPETITIONS];
            for (int n = 0; n < REPETITIONS; n++) {
                long start = System.nanoTime();
                DashboardFigures figures = dashboard.figures(period, null);
                service[n] = millis(start);
                assertThat(figures.kpis()).isNotNull();
            }
            List<StatementRecorder.Recorded> statements = StatementRecorder.record(() -> dashboard.figures(period, null));
            assertThat(statements).isNotEmpty();
            double[][] each = new double[statements.size()][REPETITIONS];
            double[] floor = new double[REPETITIONS];
            long cells = 0;
            for (int n = -WARM_UP; n < REPETITIONS; n++) {
                long start = System.nanoTime();
                try (Connection connection = dataSource.getConnection()) {
                    connection.setReadOnly(true);
                    connection.setAutoCommit(false);
                    for (int s = 0; s < statements.size(); s++) {
                        long statementStart = System.nanoTime();
                        cells = statements.get(s).replay(connection);
                        if (n >= 0) {
                            each[s][n] = millis(statementStart);
                        }
                    }
                    connection.commit();
                    connection.setAutoCommit(true);
                    connection.setReadOnly(false);
                }
                if (n >= 0) {
                    floor[n] = millis(start);
                }
            }
            assertThat(cells).isNotNegative();
            List<String> lines = new ArrayList<>();
            lines.add("-- %s, %s to %s: service median %.1f ms (p95 %.1f), floor median %.1f ms (p95 %.1f),"
                    .formatted(run.name(), period.from(), period.to(), median(service), p95(service), median(floor),
                            p95(floor))
                    + " service/floor %.2f; %d statements".formatted(median(service) / median(floor), statements.size()));
            int small = 0;
            double smallTotal = 0;
            for (int s = 0; s < statements.size(); s++) {
                StatementRecorder.Recorded statement = statements.get(s);
                if (median(each[s]) < 1.0) {
                    small++;
                    smallTotal += median(each[s]);
                } else {
                    lines.add("   %7.1f ms (p95 %7.1f)  %-58s %s".formatted(median(each[s]), p95(each[s]),
                            statement.caller(), abbreviate(statement.sql())));
                }
            }
            lines.add("   %7.1f ms in all for %d statements under 1 ms each".formatted(smallTotal, small));
            return lines;
        } finally {
            TestLogins.signOut();
        }
    }

    private String account(String role) {
        return jdbc.queryForObject("SELECT username FROM user_account WHERE role = ? AND enabled"
                + " ORDER BY synthetic, username LIMIT 1", String.class, role);
    }

    /** The agency officer of the agency leading the most recommendations: the largest "own agency" dashboard. */
    private String busiestAgencyOfficer() {
        return jdbc.queryForObject("""
                SELECT u.username FROM user_account u
                JOIN (SELECT lead_agency_id, count(*) AS issues FROM issue GROUP BY lead_agency_id) i
                  ON i.lead_agency_id = u.agency_id
                WHERE u.role = 'AGENCY_OFFICER' AND u.enabled
                ORDER BY i.issues DESC, u.synthetic, u.username LIMIT 1""", String.class);
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= 90 ? flat : flat.substring(0, 90) + "…";
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double p95(double[] values) {
        return percentile(values, 0.95);
    }

    private static double percentile(double[] values, double share) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }
}
