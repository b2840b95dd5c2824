package vn.pcitracker.scale.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Times each user action (possibly several requests) from its first request to its last response. */
public final class LoadRecorder {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private volatile boolean recording = true;

    /** Runs and times one action; an exception counts as an error of that action and is rethrown. */
    public <T> T time(String action, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            T result = work.get();
            if (recording) {
                nanos.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            }
            return result;
        } catch (RuntimeException e) {
            if (recording) {
                errors.computeIfAbsent(action, a -> new AtomicLong()).incrementAndGet();
                if (firstErrors.size() < 10) {
                    firstErrors.add(action + ": " + e.getMessage());
                }
            }
            throw e;
        }
    }

    public void time(String action, Runnable work) {
        time(action, () -> {
            work.run();
            return null;
        });
    }

    public void stop() {
        recording = false;
    }

    public long totalErrors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long totalActions() {
        return nanos.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    /** One line per action: count, errors, p50/p95/p99/max in milliseconds; then an "all" line. */
    public String table(double seconds) {
        StringBuilder out = new StringBuilder(String.format("%-28s %7s %6s %8s %8s %8s %8s%n", "action", "count", "errors",
                "p50 ms", "p95 ms", "p99 ms", "max ms"));
        Map<String, List<Long>> sorted = new TreeMap<>();
        nanos.forEach((action, values) -> sorted.put(action, new ArrayList<>(values)));
        errors.keySet().forEach(action -> sorted.computeIfAbsent(action, a -> new ArrayList<>()));
        List<Long> all = new ArrayList<>();
        sorted.forEach((action, values) -> {
            all.addAll(values);
            out.append(line(action, values, errors.getOrDefault(action, new AtomicLong()).get()));
        });
        out.append(line("all", all, totalErrors()));
        out.append(String.format("throughput: %.1f actions/s over %.0f s%n", all.size() / seconds, seconds));
        firstErrors.forEach(error -> out.append("error: ").append(error).append('\n'));
        return out.toString();
    }

    private static String line(String action, List<Long> values, long errorCount) {
        values.sort(null);
        return String.format("%-28s %7d %6d %8.0f %8.0f %8.0f %8.0f%n", action, values.size(), errorCount,
                percentile(values, 50), percentile(values, 95), percentile(values, 99), percentile(values, 100));
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
