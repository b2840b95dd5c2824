package vn.pcitracker.scorecard;

import java.time.LocalDate;
import java.time.ZoneId;

/** The period presets of the scorecard, each a span of days (both included) ending today at the latest. */
public enum ScorecardPeriod {
    YEAR_TO_DATE,
    MONTH_TO_DATE,
    QUARTER_TO_DATE,
    LAST_YEAR,
    CUSTOM;

    /** Recommendations are dated in Vietnam, so "today" is Vietnam's. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** The first day of the preset's span for {@code today}; CUSTOM has none (null). */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case YEAR_TO_DATE -> today.withDayOfYear(1);
            case MONTH_TO_DATE -> today.withDayOfMonth(1);
            case QUARTER_TO_DATE -> today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case LAST_YEAR -> today.minusYears(1).withDayOfYear(1);
            case CUSTOM -> null;
        };
    }

    /** The last day of the preset's span for {@code today}; CUSTOM has none (null). */
    public LocalDate to(LocalDate today) {
        return switch (this) {
            case LAST_YEAR -> today.withDayOfYear(1).minusDays(1);
            case CUSTOM -> null;
            default -> today;
        };
    }

    public String labelKey() {
        return "scorecard.ScorecardPeriod." + name();
    }
}
