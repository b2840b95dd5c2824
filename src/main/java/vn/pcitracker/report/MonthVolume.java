package vn.pcitracker.report;

import java.time.YearMonth;

/** Recommendations received in a month (by {@code received_on}) and answered in it (by {@code answered_on}). */
public record MonthVolume(YearMonth month, long received, long answered) {
}
