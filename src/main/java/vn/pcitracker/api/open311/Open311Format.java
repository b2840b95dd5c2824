package vn.pcitracker.api.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import vn.pcitracker.issue.IssueState;

/**
 * Open311's conventions in one place: w3 date-times with the province's offset (+07:00), open/closed from the
 * fine-grained states, and the expected date-time of a deadline (the end of that day in the province).
 */
final class Open311Format {

    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Set<IssueState> OPEN = EnumSet.of(IssueState.RECEIVED, IssueState.CLASSIFIED, IssueState.ASSIGNED,
            IssueState.IN_PROGRESS, IssueState.REOPENED);
    static final Set<IssueState> CLOSED = EnumSet.complementOf(EnumSet.copyOf(OPEN));

    private Open311Format() {
    }

    static String dateTime(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), PROVINCE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String endOfDay(LocalDate day) {
        return day == null ? null : dateTime(day.atTime(LocalTime.of(23, 59, 59)).atZone(PROVINCE).toInstant());
    }

    static String status(IssueState state) {
        return OPEN.contains(state) ? "open" : "closed";
    }

    /** A w3 date-time with its zone ({@code 2010-01-01T00:00:00Z}, {@code ...+07:00}); null when unreadable. */
    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
