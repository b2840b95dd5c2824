package vn.pcitracker.issue.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pcitracker.scale.benchmark.ScaleBenchmarkDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSearchSqlProbe;
import vn.pcitracker.issue.IssueSearchSqlProbe.Statement;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.issue.benchmark.InboxTiming.Times;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.TestLogins;

/**
 * The inbox at scale (meant for a million recommendations: point SPRING_DATASOURCE_URL at a copy of the scale
 * database): signed in as an investment officer (sees everything) and as an agency officer, for the common filters
 * and orders, the first page of 50 rows and the count through {@link IssueQueryService}, each against its floor: the
 * very statement the service issues ({@link IssueSearchSqlProbe}), with the same parameters, run over bare JDBC.
 * Then deep pages: OFFSET 0 to 100,000 (the cap) against the same page read by key after the row before it, and a
 * jump to row 500,000 by hops of the cap (what the grid does for a scrollbar drag beyond it); then the text search
 * ({@link #SEARCHES}). Median and p95 of {@code -Dinbox.reps} (15) calls after {@code -Dinbox.warmup} (3). Prints
 * figures; asserts only that keyset and offset pages agree. {@code -Dinbox.agencyLogin} names the agency officer
 * (default {@code agency}). Run with {@code ./mvnw -Pbenchmark test -Dbenchmark=InboxBenchmark}.
 */
@SpringBootTest
class InboxBenchmark {

    static final int PAGE = 50;
    static final int SEARCH_COUNTS = Integer.getInteger("inbox.searchCounts", 3);
    /**
     * Typed as users type them: a common phrase without and with diacritics, an acronym, a code, a rare word, two
     * letters (not applied: shorter than {@link IssueFilter#MIN_TEXT_LENGTH}). Fewer calls than the inbox cases:
     * {@code -Dinbox.searchCounts} (3) for counts, twice that for pages, after one warm-up call.
     */
    static final List<String> SEARCHES = List.of("giay phep", "giấy phép", "PCCC", "<code>", "khánh thành", "xq");

    @Autowired ApplicationContext context;
    @Autowired IssueQueryService queries;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired JdbcTemplate jdbc;
    @Autowired CurrentUser currentUser;

    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void inboxPagesCountsDeepPagesAndSearch() {
        ScaleBenchmarkDatabase.ensure(context, ScaleBenchmarkDatabase.issues());
        long issues = jdbc.queryForObject("SELECT count(*) FROM issue", Long.class);
        LocalDate today = IssueSearchSqlProbe.today(context);
        LocalDate latest = jdbc.queryForObject("SELECT max(received_on) FROM issue", LocalDate.class);
        long field = jdbc.queryForObject("SELECT field_id FROM issue GROUP BY field_id ORDER BY count(*) DESC LIMIT 1", Long.class);
        long busiest = jdbc.queryForObject("SELECT lead_agency_id FROM issue WHERE lead_agency_id IS NOT NULL"
                + " GROUP BY lead_agency_id ORDER BY count(*) DESC LIMIT 1", Long.class);
        say("=== InboxBenchmark: %,d issues, today %s, load average %s, %d cores, %d warm-up + %d timed calls each"
                .formatted(issues, today, InboxTiming.loadAverage(), Runtime.getRuntime().availableProcessors(),
                        InboxTiming.WARMUP, InboxTiming.REPS));

        // The JVM's own warm-up (JIT) before anything is timed, so that the first case measured is not the slowest.
        TestLogins.signIn(context, "investment");
        for (int n = 0; n < 300; n++) {
            queries.search(IssueFilter.none(), IssueSort.values()[n % 2 == 0 ? 0 : 2], n, PAGE);
            bare(IssueSearchSqlProbe.page(null, IssueFilter.none(), IssueSort.NEWEST, today, null, n, PAGE));
        }

        for (String login : List.of("investment", System.getProperty("inbox.agencyLogin", "agency"))) {
            TestLogins.signIn(context, login);
            Long officerAgency = currentUser.get().orElseThrow().agencyId();
            Map<String, IssueFilter> filters = new LinkedHashMap<>();
            filters.put("none", IssueFilter.none());
            filters.put("open", IssueFilter.none().withStates(IssueState.OPEN));
            filters.put("one field", IssueFilter.none().withField(field));
            filters.put("overdue", IssueFilter.none().withOverdue(true));
            filters.put("one agency", IssueFilter.none().withAgency(officerAgency == null ? busiest : officerAgency));
            filters.put("last 90 days", IssueFilter.none().withReceived(latest.minusDays(90), latest));
            say("-- %s (%s): first page of %d and count, service vs bare SQL".formatted(login,
                    officerAgency == null ? "sees all" : "agency " + officerAgency, PAGE));
            for (Map.Entry<String, IssueFilter> entry : filters.entrySet()) {
                IssueFilter filter = entry.getValue();
                for (IssueSort sort : List.of(IssueSort.NEWEST, IssueSort.DEADLINE_SOONEST)) {
                    Times[] times = InboxTiming.pair(() -> queries.search(filter, sort, 0, PAGE),
                            () -> bare(IssueSearchSqlProbe.page(officerAgency, filter, sort, today, null, 0, PAGE)));
                    Times service = times[0];
                    Times floor = times[1];
                    say("  %-13s %-16s page  %s  floor %s  %s".formatted(entry.getKey(), sort, service, floor,
                            service.ratio(floor)));
                }
                long[] count = new long[1];
                Times[] times = InboxTiming.pair(() -> count[0] = queries.count(filter),
                        () -> bareCount(IssueSearchSqlProbe.count(officerAgency, filter, today)));
                Times service = times[0];
                Times floor = times[1];
                say("  %-13s %-16s count %s  floor %s  %s  (%,d rows)".formatted(entry.getKey(), "", service, floor,
                        service.ratio(floor), count[0]));
            }
        }

        TestLogins.signIn(context, "investment");
        say("-- deep pages (investment, no filter): OFFSET vs the same page read by key after the row before it");
        for (IssueSort sort : List.of(IssueSort.NEWEST, IssueSort.DEADLINE_SOONEST)) {
            for (int depth : new int[] {0, 1_000, 10_000, IssueQueryService.MAX_OFFSET}) {
                IssueFilter none = IssueFilter.none();
                IssueListItem before = depth == 0 ? null : queries.search(none, sort, depth - 1, 1).getFirst();
                Times[] times = InboxTiming.pair(() -> queries.search(none, sort, depth, PAGE),
                        () -> queries.search(none, sort, before, 0, PAGE));
                Times offset = times[0];
                Times keyset = times[1];
                assertThat(queries.search(none, sort, before, 0, PAGE)).isEqualTo(queries.search(none, sort, depth, PAGE));
                say("  %-16s row %,7d  offset %s  keyset %s".formatted(sort, depth, offset, keyset));
            }
            int hops = 5;
            Times jump = InboxTiming.time(() -> {
                IssueListItem after = null;
                for (int hop = 0; hop < hops; hop++) {
                    after = queries.search(IssueFilter.none(), sort, after, IssueQueryService.MAX_OFFSET - 1, 1).getFirst();
                }
                return queries.search(IssueFilter.none(), sort, after, 0, PAGE);
            }, 1, 3);
            say("  %-16s row %,7d  by %d hops of %,d then a keyset page: %s".formatted(sort,
                    hops * IssueQueryService.MAX_OFFSET, hops, IssueQueryService.MAX_OFFSET, jump));
        }

        say("-- text search (investment, newest first): page and count, service vs bare SQL");
        String code = jdbc.queryForObject("SELECT code FROM issue ORDER BY id OFFSET 12 LIMIT 1", String.class);
        for (String typed : SEARCHES) {
            String text = typed.equals("<code>") ? code : typed;
            IssueFilter filter = IssueFilter.none().withText(text);
            Times[] page = InboxTiming.pair(() -> queries.search(filter, IssueSort.NEWEST, 0, PAGE),
                    () -> bare(IssueSearchSqlProbe.page(null, filter, IssueSort.NEWEST, today, null, 0, PAGE)),
                    1, SEARCH_COUNTS * 2);
            Times service = page[0];
            Times floor = page[1];
            long[] count = new long[1];
            // Counting a common word reads every match (seconds each): fewer calls.
            Times[] counts = InboxTiming.pair(() -> count[0] = queries.count(filter),
                    () -> bareCount(IssueSearchSqlProbe.count(null, filter, today)), 1, SEARCH_COUNTS);
            Times counted = counts[0];
            Times countFloor = counts[1];
            say("  %-14s page %s floor %s %s | count %s floor %s %s (%,d rows)".formatted('"' + text + '"', service,
                    floor, service.ratio(floor), counted, countFloor, counted.ratio(countFloor), count[0]));
        }
        say("load average at the end: " + InboxTiming.loadAverage());
        System.out.println("\n" + String.join("\n", lines) + "\n");
    }

    private void say(String line) {
        lines.add(line);
        System.out.println(line);
    }

    /** The page statement over bare JDBC: every row read, each column touched. */
    private int bare(Statement statement) {
        return named.query(statement.sql(), statement.parameters(), (rs, row) -> {
            rs.getLong(1);
            rs.getString(2);
            rs.getString(3);
            rs.getString(4);
            rs.getObject(9);
            rs.getObject(10);
            return row;
        }).size();
    }

    private long bareCount(Statement statement) {
        return named.queryForObject(statement.sql(), statement.parameters(), Long.class);
    }
}
