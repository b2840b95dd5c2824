package vn.pcitracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.pcitracker.dashboard.DashboardFiguresCache.Computed;
import vn.pcitracker.dashboard.DashboardFiguresCache.Key;

class DashboardFiguresCacheTest {

    private static final Key YEAR = new Key(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22), null);
    private static final Key AGENCY = new Key(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22), 7L);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T03:00:00Z"));
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void keepsTheFiguresOfAScopeForTheMaximumAgeThenComputesThemAgain() {
        DashboardFiguresCache cache = new DashboardFiguresCache(Duration.ofMinutes(2), clock);

        Computed first = cache.get(YEAR, this::compute);
        clock.advance(Duration.ofSeconds(119));
        Computed kept = cache.get(YEAR, this::compute);
        clock.advance(Duration.ofSeconds(1));
        Computed again = cache.get(YEAR, this::compute);

        assertThat(kept).isSameAs(first);
        assertThat(again).isNotSameAs(first);
        assertThat(again.at()).isEqualTo(Instant.parse("2026-11-22T03:02:00Z"));
        assertThat(computations).hasValue(2);
    }

    @Test
    void scopesAreKeptApartAndAForgottenScopeIsComputedAgain() {
        DashboardFiguresCache cache = new DashboardFiguresCache(Duration.ofMinutes(2), clock);

        cache.get(YEAR, this::compute);
        cache.get(AGENCY, this::compute);
        cache.evict(YEAR);
        cache.get(YEAR, this::compute);
        cache.get(AGENCY, this::compute);

        assertThat(computations).hasValue(3);
    }

    @Test
    void withoutAMaximumAgeEveryCallComputes() {
        DashboardFiguresCache cache = new DashboardFiguresCache(Duration.ZERO, clock);

        cache.get(YEAR, this::compute);
        cache.get(YEAR, this::compute);

        assertThat(computations).hasValue(2);
    }

    @Test
    void aFailedComputationIsNotKept() {
        DashboardFiguresCache cache = new DashboardFiguresCache(Duration.ofMinutes(2), clock);

        assertThatThrownBy(() -> cache.get(YEAR, () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        cache.get(YEAR, this::compute);

        assertThat(computations).hasValue(1);
    }

    @Test
    void callersAskingWhileTheFiguresAreComputedWaitForThatOneComputation() throws Exception {
        DashboardFiguresCache cache = new DashboardFiguresCache(Duration.ofMinutes(2), clock);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            Future<Computed> slow = pool.submit(() -> cache.get(YEAR, () -> {
                started.countDown();
                await(release);
                return compute();
            }));
            started.await();
            List<Future<Computed>> waiting = List.of(pool.submit(() -> cache.get(YEAR, this::compute)),
                    pool.submit(() -> cache.get(YEAR, this::compute)));
            release.countDown();

            for (Future<Computed> other : waiting) {
                assertThat(other.get()).isSameAs(slow.get());
            }
        }
        assertThat(computations).hasValue(1);
    }

    private DashboardFigures compute() {
        computations.incrementAndGet();
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
