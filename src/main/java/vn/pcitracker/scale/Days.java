package vn.pcitracker.scale;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Days as epoch-day numbers, written as COPY text without building a date per row, and deadlines in working days
 * through the calendar, remembered per (day, days) since a decade has only a few thousand distinct pairs.
 * Steps happen at 08:00 Vietnam time plus some minutes, written with the +07 offset, stored in UTC.
 */
final class Days {

    private final int first;
    private final String[] text;
    private final BiFunction<LocalDate, Integer, LocalDate> addWorkingDays;
    private final Map<Long, Integer> deadlines = new HashMap<>();

    Days(int first, int last, BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {
        this.first = first;
        this.text = new String[last - first + 1];
        for (int day = first; day <= last; day++) {
            text[day - first] = LocalDate.ofEpochDay(day).toString();
        }
        this.addWorkingDays = addWorkingDays;
    }

    String date(int day) {
        return day - first >= 0 && day - first < text.length ? text[day - first] : LocalDate.ofEpochDay(day).toString();
    }

    /** 08:00 in Vietnam on the day plus {@code minutes}. */
    String at(int day, int minutes) {
        int total = 8 * 60 + minutes;
        return date(day) + ' ' + two(total / 60) + ':' + two(total % 60) + ":00+07";
    }

    int addWorkingDays(int day, int days) {
        return deadlines.computeIfAbsent(((long) day << 16) | days,
                key -> (int) addWorkingDays.apply(LocalDate.ofEpochDay(day), days).toEpochDay());
    }

    /** The same day, or the Friday before if it falls on a weekend. */
    static int weekday(int day) {
        int dayOfWeek = Math.floorMod(day + 3, 7); // 0 = Monday: 1970-01-01 was a Thursday
        return dayOfWeek == 5 ? day - 1 : dayOfWeek == 6 ? day - 2 : day;
    }

    static int year(int day) {
        return LocalDate.ofEpochDay(day).getYear();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
