package vn.pcitracker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Working-day arithmetic over a Monday-Friday week and a fixed set of exceptions; immutable, so one
 * instance serves every thread until the calendar changes. Knows nothing of Spring or the database.
 */
final class WorkingDays {

    private final NavigableMap<LocalDate, DayKind> exceptions;

    WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = new TreeMap<>(exceptions);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(Objects.requireNonNull(day, "day"));
        return kind == null ? !isWeekend(day) : kind.isWorking();
    }

    /**
     * The deadline for something received on {@code start} that must be done within {@code days} working
     * days: the {@code days}-th working day after {@code start}, the receiving day itself not counting.
     * With zero days it is {@code start} when that is a working day, else the next working day.
     */
    LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative (the same count with a
     * minus sign) when {@code to} is before {@code from}. Counted arithmetically, so long ranges are cheap.
     */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = weekdaysThrough(to) - weekdaysThrough(from);
        for (Map.Entry<LocalDate, DayKind> exception : exceptions.subMap(from, false, to, true).entrySet()) {
            int usual = isWeekend(exception.getKey()) ? 0 : 1;
            int actual = exception.getValue().isWorking() ? 1 : 0;
            count += actual - usual;
        }
        return Math.toIntExact(count);
    }

    /** Weekdays from an arbitrary Monday (1969-12-29) through {@code day}; only differences matter. */
    private static long weekdaysThrough(LocalDate day) {
        long sinceMonday = day.toEpochDay() + 3;
        long weeks = Math.floorDiv(sinceMonday, 7);
        long dayOfWeek = Math.floorMod(sinceMonday, 7);
        return weeks * 5 + Math.min(dayOfWeek + 1, 5);
    }
}
