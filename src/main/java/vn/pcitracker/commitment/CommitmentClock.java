package vn.pcitracker.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** "Today" in Vietnam, which decides the current quarter, and "now" for the check-in history (stored in UTC). */
@Component
class CommitmentClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock = Clock.system(ZONE);

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
