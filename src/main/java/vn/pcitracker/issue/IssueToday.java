package vn.pcitracker.issue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Today" for deadlines and measures: the date in Vietnam, whatever the server's time zone. Uses a
 * {@link Clock} bean when the application defines one; tests in this package may set a fixed clock.
 */
@Component
class IssueToday {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock configured;
    private volatile Clock clock;

    IssueToday(ObjectProvider<Clock> clock) {
        this.configured = clock.getIfUnique(() -> Clock.system(ZONE));
        this.clock = configured;
    }

    LocalDate get() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** For tests: pass null to go back to the configured clock. */
    void useClock(Clock fixed) {
        this.clock = fixed == null ? configured : fixed;
    }
}
