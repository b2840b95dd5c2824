package vn.pcitracker.scale.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.pcitracker.scale.load.LoadRecorder;
import vn.pcitracker.scale.load.LoadScenarios;
import vn.pcitracker.scale.load.LoadScenarios.Role;
import vn.pcitracker.scale.load.VaadinClient;

/**
 * The load test: N simulated users (virtual threads, each its own cookie jar and Vaadin UI) against a running
 * application, speaking Vaadin's protocol through {@link VaadinClient}. Prints per action p50/p95/p99/max, count,
 * errors, throughput, the machine's load average and, when given its pid, the application's heap.
 *
 * <pre>
 * ./mvnw -B -o -Pbenchmark test -Dbenchmark=LoadTestBenchmark -Dload.url=http://localhost:8080 -Dload.users=50,200,500
 *     [-Dload.duration=PT3M] [-Dload.rampUp=PT1M] [-Dload.accounts=500] [-Dload.appPid=1234] [-Dload.thinkMin=PT3S]
 *     [-Dload.roles=AGENCY,INVESTMENT,LEADER,ASSOCIATION]
 * </pre>
 * Think time between actions: {@code load.thinkMin} plus an exponential pause of mean {@code load.thinkMean} (2 s),
 * at most {@code load.thinkMax} (8 s). Accounts {@code load-<role>-NNN} (password demo) come from the generator; with
 * {@code load.accounts} of them in all, in the shares 60/15/15/10 %, users beyond that share an account.
 */
class LoadTestBenchmark {

    private static final Map<Role, Double> SHARES = Map.of(Role.AGENCY, 0.60, Role.INVESTMENT, 0.15, Role.LEADER, 0.15,
            Role.ASSOCIATION, 0.10);

    private final String url = System.getProperty("load.url", "http://localhost:8080");
    private final Duration duration = Duration.parse(System.getProperty("load.duration", "PT3M"));
    private final Duration rampUp = Duration.parse(System.getProperty("load.rampUp", "PT1M"));
    private final int accounts = Integer.getInteger("load.accounts", 500);
    private final long thinkMin = Duration.parse(System.getProperty("load.thinkMin", "PT3S")).toMillis();
    private final long thinkMean = Duration.parse(System.getProperty("load.thinkMean", "PT2S")).toMillis();
    /** Which roles take part ({@code -Dload.roles=AGENCY,INVESTMENT}): to tell one role's cost from the others'. */
    private final java.util.Set<Role> roles = Arrays.stream(System.getProperty("load.roles", "AGENCY,INVESTMENT,LEADER,ASSOCIATION")
            .split(",")).map(String::strip).map(Role::valueOf).collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
    private final long thinkMax = Duration.parse(System.getProperty("load.thinkMax", "PT8S")).toMillis();

    @Test
    void usersWorkingThroughTheViews() throws Exception {
        List<Integer> steps = Arrays.stream(System.getProperty("load.users", "50").split(",")).map(String::strip)
                .map(Integer::parseInt).toList();
        System.out.printf("%nLoad test against %s: users %s, %s each (ramp-up %s), think %d ms + exp(%d ms) ≤ %d ms, "
                + "%d processors%n", url, steps, duration, rampUp, thinkMin, thinkMean, thinkMax,
                Runtime.getRuntime().availableProcessors());
        for (int users : steps) {
            run(users);
        }
    }

    private void run(int users) throws InterruptedException {
        String loadBefore = loadAverage();
        LoadRecorder recorder = new LoadRecorder();
        long end = System.nanoTime() + duration.toNanos();
        Map<Role, AtomicInteger> perRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            perRole.put(role, new AtomicInteger());
        }
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        List<Role> slots = java.util.stream.IntStream.range(0, 20).mapToObj(Role::ofUser).filter(roles::contains).toList();
        for (int user = 0; user < users; user++) {
            Role role = slots.get(user % slots.size());
            int available = Math.max(1, (int) (accounts * SHARES.get(role)));
            String account = role.account(perRole.get(role).getAndIncrement() % available + 1);
            long delay = rampUp.toMillis() * user / Math.max(1, users);
            Random random = new Random(766L * 31 + user);
            threads.add(Thread.ofVirtual().name("user-" + user).start(() -> user(role, account, delay, random, recorder, end)));
        }
        for (Thread thread : threads) {
            thread.join(duration.toMillis() + 120_000);
        }
        recorder.stop();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n=== %d users (%s), %s, against %s; load average before %s, after %s ===%n", users, roles,
                duration, url, loadBefore, loadAverage());
        System.out.print(recorder.table(seconds));
        appHeap();
    }

    private void user(Role role, String account, long delay, Random random, LoadRecorder recorder, long end) {
        try {
            Thread.sleep(delay);
            while (System.nanoTime() < end) {
                VaadinClient client = new VaadinClient(url);
                LoadScenarios scenarios = new LoadScenarios(client, recorder, random,
                        () -> Thread.sleep(Math.min(thinkMax, thinkMin + (long) (-thinkMean * Math.log(1 - random.nextDouble())))));
                try {
                    scenarios.run(role, account, () -> System.nanoTime() < end);
                } catch (RuntimeException e) {
                    // Counted by the recorder; the user reloads the page (a new session) after a pause, as a person would.
                    Thread.sleep(thinkMin);
                } finally {
                    client.close();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** The application's heap as the JVM reports it, when its pid is given and jcmd is at hand. */
    private static void appHeap() {
        String pid = System.getProperty("load.appPid");
        if (pid == null || pid.isBlank()) {
            System.out.println("app heap: not reachable (give -Dload.appPid=<pid> of the application)");
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), pid, "GC.heap_info").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            output.lines().filter(line -> line.contains("total") || line.contains("used") || line.contains("region"))
                    .limit(3).forEach(line -> System.out.println("app heap: " + line.strip()));
        } catch (IOException e) {
            System.out.println("app heap: jcmd failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
