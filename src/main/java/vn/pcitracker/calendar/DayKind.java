package vn.pcitracker.calendar;

import java.time.LocalDate;

/** How a calendar exception changes the Monday-Friday week. */
public enum DayKind {
    /** A public holiday of the Labour Code: no work. */
    HOLIDAY,
    /** A day off that is not itself a holiday: compensation for a holiday on a weekend, or a swapped day. */
    DAY_OFF,
    /** A weekend day worked in exchange for a swapped day off. */
    WORKING_DAY;

    public boolean isWorking() {
        return this == WORKING_DAY;
    }

    /**
     * Whether this kind changes anything on {@code day}: a working day only on a weekend, a day off only
     * on a weekday. A holiday may fall on a weekend; its compensating day off is recorded separately.
     */
    public boolean fits(LocalDate day) {
        return switch (this) {
            case HOLIDAY -> true;
            case DAY_OFF -> !WorkingDays.isWeekend(day);
            case WORKING_DAY -> WorkingDays.isWeekend(day);
        };
    }
}
