package vn.pcitracker.issue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * "Today" as the province counts deadlines (Asia/Ho_Chi_Minh, whatever zone the server runs in) and "now" for
 * the timeline (stored in UTC). One bean, so that tests can put the issue module on a given day, such as just
 * before Tết, without waiting for it.
 */
@Component
class IssueClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock clock = Clock.system(ZONE);

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** Tests only: runs the module on another clock until {@link #reset()}. */
    void use(Clock other) {
        this.clock = other.withZone(ZONE);
    }

    void reset() {
        this.clock = Clock.system(ZONE);
    }
}
