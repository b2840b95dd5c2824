package vn.pcitracker.scale.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pcitracker.scale.load.UiTree;
import vn.pcitracker.scale.load.VaadinClient;

/**
 * Heap retained per Vaadin session: the application in this JVM, heap used after a full GC with no extra session,
 * then with N more sessions logged in (through the real login form and Vaadin's protocol) and left open on the
 * inbox, then N more on the dashboard. The protocol clients are closed and dropped before each measurement, so the
 * heap holds only what the server keeps (HTTP session, VaadinSession, UI, views, grid caches); the server sessions
 * stay alive (30 min session timeout, UIs closed only after three missed 5-minute heartbeats).
 *
 * <pre>./mvnw -B -o -Pbenchmark test -Dbenchmark=SessionMemoryBenchmark [-Dsessions=50,200]</pre>
 * Development mode's component tracker (a stack trace kept per component created, for the dev tools; off in
 * production mode) is switched off unless {@code -Dsessions.componentTracker=true}: it would be most of the figure.
 * With SPRING_DATASOURCE_URL unset it runs on the tests' throw-away database (demo data); grids hold one page
 * (50 rows) whatever the table's size, so the figure does not grow with the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=${sessions.componentTracker:false}")
class SessionMemoryBenchmark {

    @LocalServerPort
    int port;

    @Test
    void heapPerSessionOnTheInboxAndTheDashboard() throws Exception {
        List<Integer> steps = java.util.Arrays.stream(System.getProperty("sessions", "50,200").split(","))
                .map(String::strip).map(Integer::parseInt).sorted().toList();
        openSessions("investment", "issues", 5);
        openSessions("leader", "dashboard", 5);
        long baseline = usedAfterFullGc();
        Map<String, long[]> histogramBefore = histogram();
        System.out.printf("%nSession memory: heap used after full GC with 10 warm-up sessions: %.1f MB (load average %s)%n",
                baseline / 1e6, loadAverage());
        long inboxHeap = measure("inbox (investment officer, issues)", "investment", "issues", steps, baseline);
        Map<String, long[]> histogramInbox = histogram();
        measure("dashboard (leader)", "leader", "dashboard", steps, inboxHeap);
        int inboxSessions = steps.getLast();
        System.out.printf("%nBiggest growth by class, inbox sessions (%d), bytes per session:%n", inboxSessions);
        printGrowth(histogramBefore, histogramInbox, inboxSessions);
        System.out.printf("%nBiggest growth by class, dashboard sessions (%d), bytes per session:%n", inboxSessions);
        printGrowth(histogramInbox, histogram(), inboxSessions);
    }

    /** Opens sessions up to each step; returns the heap after the last. */
    private long measure(String label, String user, String route, List<Integer> steps, long baseline) throws Exception {
        int open = 0;
        long heap = baseline;
        for (int target : steps) {
            openSessions(user, route, target - open);
            open = target;
            heap = usedAfterFullGc();
            System.out.printf("%-38s %4d sessions: heap %.1f MB, +%.1f MB, %.0f KB per session%n", label, open,
                    heap / 1e6, (heap - baseline) / 1e6, (heap - baseline) / 1024.0 / open);
        }
        return heap;
    }

    /** Logs in {@code count} times (a session each) and opens the route, reading the grid's rows if there is one. */
    private void openSessions(String user, String route, int count) throws Exception {
        try (var executor = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(executor.submit(() -> {
                    VaadinClient client = new VaadinClient("http://localhost:" + port);
                    try {
                        client.logIn(user, "demo");
                        client.open(route);
                        client.tree().find(UiTree.tag("vaadin-grid")).ifPresent(grid -> client.requestRows(grid.id(), 0, 50));
                    } finally {
                        client.close();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
    }

    private static long usedAfterFullGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** {@code jcmd GC.class_histogram} in-process (it runs a full GC): class name → {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.lines().toList()) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed()).limit(20)
                .forEach(e -> System.out.printf("  %8.0f B %7.1f instances  %s%n", (double) e.getValue()[1] / sessions,
                        (double) e.getValue()[0] / sessions, e.getKey()));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
