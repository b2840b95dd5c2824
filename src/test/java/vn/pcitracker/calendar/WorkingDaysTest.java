package vn.pcitracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** Tet 2026 (16-20 February) and the New Year swap of 2026 (Friday 2 January off, Saturday 10 worked). */
    private final WorkingDays calendar2026 = new WorkingDays(Map.of(
            date("2026-01-01"), DayKind.HOLIDAY,
            date("2026-01-02"), DayKind.DAY_OFF,
            date("2026-01-10"), DayKind.WORKING_DAY,
            date("2026-02-16"), DayKind.HOLIDAY,
            date("2026-02-17"), DayKind.HOLIDAY,
            date("2026-02-18"), DayKind.HOLIDAY,
            date("2026-02-19"), DayKind.HOLIDAY,
            date("2026-02-20"), DayKind.HOLIDAY,
            date("2025-12-31"), DayKind.DAY_OFF));

    private final WorkingDays plainWeek = new WorkingDays(Map.of());

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        assertThat(plainWeek.isWorkingDay(date("2026-03-06"))).as("Friday").isTrue();
        assertThat(plainWeek.isWorkingDay(date("2026-03-07"))).as("Saturday").isFalse();
        assertThat(plainWeek.isWorkingDay(date("2026-03-08"))).as("Sunday").isFalse();
        assertThat(plainWeek.isWorkingDay(date("2026-03-09"))).as("Monday").isTrue();
    }

    @Test
    void holidaysAndDaysOffAreNotWorkingDaysButASwappedSaturdayIs() {
        assertThat(calendar2026.isWorkingDay(date("2026-01-01"))).isFalse();
        assertThat(calendar2026.isWorkingDay(date("2026-01-02"))).isFalse();
        assertThat(calendar2026.isWorkingDay(date("2026-01-10"))).isTrue();
        assertThat(calendar2026.isWorkingDay(date("2026-01-17"))).as("an ordinary Saturday").isFalse();
    }

    @Test
    void aDeadlineSkipsTheWeekendAndDoesNotCountTheReceivingDay() {
        // Received Thursday 5 March 2026: Friday is day 1, Monday day 2, Tuesday day 3.
        assertThat(plainWeek.addWorkingDays(date("2026-03-05"), 3)).isEqualTo(date("2026-03-10"));
        // Received on a Saturday: Monday is day 1.
        assertThat(plainWeek.addWorkingDays(date("2026-03-07"), 1)).isEqualTo(date("2026-03-09"));
    }

    @Test
    void aDeadlineAcrossTet2026SkipsTheWholeNineDayBreak() {
        // Received Thursday 12 February: Friday 13 is day 1, then nothing until Monday 23 (day 2).
        assertThat(calendar2026.addWorkingDays(date("2026-02-12"), 2)).isEqualTo(date("2026-02-23"));
        assertThat(calendar2026.addWorkingDays(date("2026-02-12"), 5)).isEqualTo(date("2026-02-26"));
        assertThat(calendar2026.workingDaysBetween(date("2026-02-13"), date("2026-02-23"))).isEqualTo(1);
    }

    @Test
    void aDeadlineAcrossTheYearEndCountsTheSwappedSaturdayAsAWorkingDay() {
        // Received Tuesday 30 December 2025; 31 Dec off (test data), 1-2 Jan off, weekend; Monday 5 Jan is day 1.
        assertThat(calendar2026.addWorkingDays(date("2025-12-30"), 1)).isEqualTo(date("2026-01-05"));
        // Received Friday 9 January: the swapped Saturday 10 January is day 1.
        assertThat(calendar2026.addWorkingDays(date("2026-01-09"), 1)).isEqualTo(date("2026-01-10"));
        assertThat(calendar2026.addWorkingDays(date("2026-01-09"), 2)).isEqualTo(date("2026-01-12"));
    }

    @Test
    void zeroDaysIsTheSameDayWhenItIsAWorkingDayElseTheNextWorkingDay() {
        assertThat(calendar2026.addWorkingDays(date("2026-03-05"), 0)).isEqualTo(date("2026-03-05"));
        assertThat(calendar2026.addWorkingDays(date("2026-02-14"), 0)).isEqualTo(date("2026-02-23"));
        assertThat(calendar2026.addWorkingDays(date("2026-01-10"), 0)).isEqualTo(date("2026-01-10"));
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> plainWeek.addWorkingDays(date("2026-03-05"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToAndIncludingTheEnd() {
        assertThat(plainWeek.workingDaysBetween(date("2026-03-06"), date("2026-03-06"))).isZero();
        assertThat(plainWeek.workingDaysBetween(date("2026-03-06"), date("2026-03-09"))).isEqualTo(1);
        assertThat(plainWeek.workingDaysBetween(date("2026-03-02"), date("2026-03-09"))).isEqualTo(5);
        assertThat(calendar2026.workingDaysBetween(date("2025-12-31"), date("2026-12-31")))
                .as("261 weekdays in 2026, minus 7 weekdays off, plus one Saturday").isEqualTo(255);
    }

    @Test
    void workingDaysBetweenIsNegativeWhenTheEndComesFirst() {
        assertThat(plainWeek.workingDaysBetween(date("2026-03-09"), date("2026-03-02"))).isEqualTo(-5);
        assertThat(calendar2026.workingDaysBetween(date("2026-02-23"), date("2026-02-12")))
                .isEqualTo(-calendar2026.workingDaysBetween(date("2026-02-12"), date("2026-02-23")));
    }

    @Test
    void countingBackTheDaysToADeadlineGivesTheNumberOfDaysAdded() {
        Random random = new Random(20260217);
        for (int i = 0; i < 5_000; i++) {
            LocalDate start = date("2025-11-01").plusDays(random.nextInt(240));
            int days = 1 + random.nextInt(60);
            LocalDate deadline = calendar2026.addWorkingDays(start, days);
            assertThat(calendar2026.workingDaysBetween(start, deadline)).as("%s + %d", start, days).isEqualTo(days);
            assertThat(calendar2026.isWorkingDay(deadline)).isTrue();
        }
    }

    @Test
    void theArithmeticCountMatchesCountingDayByDay() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = date("2025-10-01").plusDays(random.nextInt(300));
            LocalDate to = from.plusDays(random.nextInt(200) - 50);
            assertThat(calendar2026.workingDaysBetween(from, to)).as("%s..%s", from, to).isEqualTo(countOneByOne(from, to));
        }
    }

    private int countOneByOne(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate low = sign > 0 ? from : to;
        LocalDate high = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
            if (calendar2026.isWorkingDay(day)) {
                count++;
            }
        }
        return sign * count;
    }
}
