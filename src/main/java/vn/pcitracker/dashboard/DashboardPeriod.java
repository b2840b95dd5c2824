package vn.pcitracker.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * The period the dashboard is computed over: a preset resolved against "today" in the province's time zone, or a
 * custom range. Both ends are included.
 */
public record DashboardPeriod(Preset preset, LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public DashboardPeriod {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends before it starts: " + from + " – " + to);
        }
    }

    public enum Preset {
        THIS_MONTH, THIS_QUARTER, THIS_YEAR, LAST_12_MONTHS, CUSTOM;

        public String labelKey() {
            return "dashboard.DashboardPeriod." + name();
        }
    }

    /** The preset's days as of {@code today}; periods end today, "last 12 months" starts on this day a year ago + 1. */
    public static DashboardPeriod of(Preset preset, LocalDate today) {
        return switch (preset) {
            case THIS_MONTH -> new DashboardPeriod(preset, today.withDayOfMonth(1), today);
            case THIS_QUARTER -> new DashboardPeriod(preset, today.with(IsoFields.DAY_OF_QUARTER, 1), today);
            case THIS_YEAR -> new DashboardPeriod(preset, today.withDayOfYear(1), today);
            case LAST_12_MONTHS, CUSTOM -> new DashboardPeriod(preset, today.minusYears(1).plusDays(1), today);
        };
    }

    public static DashboardPeriod custom(LocalDate from, LocalDate to) {
        return new DashboardPeriod(Preset.CUSTOM, from, to);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
