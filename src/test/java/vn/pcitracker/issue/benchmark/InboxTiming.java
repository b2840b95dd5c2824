package vn.pcitracker.issue.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/** Repeated timings for the inbox benchmarks: warm-up, then median and p95 in milliseconds. */
final class InboxTiming {

    static final int WARMUP = Integer.getInteger("inbox.warmup", 3);
    static final int REPS = Integer.getInteger("inbox.reps", 15);

    /** Median and 95th percentile of one measured call, in ms. */
    record Times(double median, double p95) {
        String ratio(Times floor) {
            return "%.2f×".formatted(median / Math.max(floor.median, 0.001));
        }

        @Override
        public String toString() {
            return "%8.1f ms (p95 %8.1f)".formatted(median, p95);
        }
    }

    private InboxTiming() {
    }

    static Times time(Supplier<?> call) {
        return time(call, WARMUP, REPS);
    }

    static Times time(Supplier<?> call, int warmup, int reps) {
        for (int n = 0; n < warmup; n++) {
            call.get();
        }
        double[] ms = new double[reps];
        for (int n = 0; n < reps; n++) {
            long start = System.nanoTime();
            call.get();
            ms[n] = (System.nanoTime() - start) / 1e6;
        }
        return times(ms);
    }

    /**
     * Two calls timed in turns (a, b, a, b, ...), so that neither runs on caches the other has just warmed: the
     * service and its floor see the same state of the machine.
     */
    static Times[] pair(Supplier<?> first, Supplier<?> second) {
        return pair(first, second, WARMUP, REPS);
    }

    static Times[] pair(Supplier<?> first, Supplier<?> second, int warmup, int reps) {
        for (int n = 0; n < warmup; n++) {
            first.get();
            second.get();
        }
        double[][] ms = new double[2][reps];
        for (int n = 0; n < reps; n++) {
            for (int which = 0; which < 2; which++) {
                long start = System.nanoTime();
                (which == 0 ? first : second).get();
                ms[which][n] = (System.nanoTime() - start) / 1e6;
            }
        }
        return new Times[] {times(ms[0]), times(ms[1])};
    }

    private static Times times(double[] ms) {
        Arrays.sort(ms);
        return new Times(ms[ms.length / 2], ms[Math.max(0, (int) Math.ceil(ms.length * 0.95) - 1)]);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
