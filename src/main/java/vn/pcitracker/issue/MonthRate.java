package vn.pcitracker.issue;

import java.time.YearMonth;

/** The on-time rate ({@link IssueMeasures#onTimeRate}) of the answers given in a month. */
public record MonthRate(YearMonth month, Measure onTime) {
}
