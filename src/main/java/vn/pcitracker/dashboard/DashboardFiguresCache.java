package vn.pcitracker.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The dashboard's figures of one authorised scope, kept for at most {@code maxAge} (docs/adr/013): at a million
 * recommendations computing them takes seconds (docs/performance.md), and many leaders opening the dashboard at once
 * must not each run the same statements. One computation per scope at a time: callers asking while it runs wait for
 * it. A failed computation is not kept. With a zero {@code maxAge} nothing is kept (the tests, which compare figures
 * with data they have just written).
 */
final class DashboardFiguresCache {

    /** Scopes kept at most; beyond it the expired ones are dropped, then all. */
    static final int MAX_SCOPES = 500;

    record Key(LocalDate from, LocalDate to, Long agencyId) {
    }

    record Computed(DashboardFigures figures, Instant at) {
    }

    private final Duration maxAge;
    private final Clock clock;
    private final Map<Key, CompletableFuture<Computed>> entries = new ConcurrentHashMap<>();

    DashboardFiguresCache(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    Duration maxAge() {
        return maxAge;
    }

    /** The figures of {@code key}: kept ones younger than the maximum age, or computed now. */
    Computed get(Key key, Supplier<DashboardFigures> compute) {
        if (maxAge.isZero() || maxAge.isNegative()) {
            return new Computed(compute.get(), clock.instant());
        }
        CompletableFuture<Computed> mine = new CompletableFuture<>();
        CompletableFuture<Computed> current = entries.compute(key, (k, kept) -> usable(kept) ? kept : mine);
        if (current == mine) {
            trim();
            try {
                mine.complete(new Computed(compute.get(), clock.instant()));
            } catch (RuntimeException | Error e) {
                entries.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return current.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Forgets the scope, so that the next request computes it (the scheduled refresh). */
    void evict(Key key) {
        entries.remove(key);
    }

    private boolean usable(CompletableFuture<Computed> kept) {
        if (kept == null || kept.isCompletedExceptionally()) {
            return false;
        }
        return !kept.isDone() || !expired(kept.join());
    }

    private boolean expired(Computed computed) {
        return Duration.between(computed.at(), clock.instant()).compareTo(maxAge) >= 0;
    }

    private void trim() {
        if (entries.size() <= MAX_SCOPES) {
            return;
        }
        entries.values().removeIf(kept -> kept.isDone() && (kept.isCompletedExceptionally() || expired(kept.join())));
        if (entries.size() > MAX_SCOPES) {
            entries.clear();
        }
    }
}
