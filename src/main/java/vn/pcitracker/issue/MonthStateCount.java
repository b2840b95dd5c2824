package vn.pcitracker.issue;

import java.time.YearMonth;

/** Issues received in a month (of {@code received_on}) that are in a given state now. */
public record MonthStateCount(YearMonth month, IssueState state, long count) {
}
