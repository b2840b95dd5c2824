package vn.pcitracker.api.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Requests per key per calendar minute (a fixed window), in memory: enough for one application instance; a
 * restart forgets the counts, which at worst lets a partner make one extra minute's worth of calls.
 */
@Component
class RateLimiter {

    private record Window(long minute, int count) {
    }

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Counts the request; returns 0 if allowed, else the seconds until the next window opens. */
    long acquire(long keyId, int perMinute) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.merge(keyId, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }
}
