package vn.pcitracker.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a calendar month, quarter or year, both ends included, written in URLs as
 * {@code 2026-10}, {@code 2026-Q3} or {@code 2026}. It is compared with the period of the same kind just before it
 * (September with October, Q2 with Q3, 2025 with 2026), not with the same number of days.
 *
 * @param number the month (1-12) or quarter (1-4); 0 for a year
 */
public record ReportPeriod(Kind kind, int year, int number) {

    public enum Kind {
        MONTH, QUARTER, YEAR;

        public String labelKey() {
            return "report.ReportPeriod." + name();
        }
    }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(?:(\\d{1,2})|Q([1-4])))?");

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        int highest = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 0;
        };
        if (kind == Kind.YEAR ? number != 0 : number < 1 || number > highest) {
            throw new IllegalArgumentException("No " + kind + " number " + number);
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.getYear(), month.getMonthValue());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(Kind.QUARTER, year, quarter);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, year, 0);
    }

    /** The month before the one {@code today} is in: what a monthly report sent on {@code today} covers. */
    public static ReportPeriod monthBefore(LocalDate today) {
        return month(YearMonth.from(today).minusMonths(1));
    }

    /** The period written as {@link #code()}; empty for anything else. */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher matcher = code == null ? null : CODE.matcher(code.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        try {
            if (matcher.group(2) != null) {
                return Optional.of(new ReportPeriod(Kind.MONTH, year, Integer.parseInt(matcher.group(2))));
            }
            return Optional.of(matcher.group(3) != null ? quarter(year, Integer.parseInt(matcher.group(3))) : year(year));
        } catch (IllegalArgumentException notAMonth) {
            return Optional.empty();
        }
    }

    public String code() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    public LocalDate from() {
        return firstMonth().atDay(1);
    }

    public LocalDate to() {
        return lastMonth().atEndOfMonth();
    }

    public YearMonth firstMonth() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, (number - 1) * 3 + 1);
            case YEAR -> YearMonth.of(year, 1);
        };
    }

    public YearMonth lastMonth() {
        return switch (kind) {
            case MONTH -> firstMonth();
            case QUARTER -> firstMonth().plusMonths(2);
            case YEAR -> YearMonth.of(year, 12);
        };
    }

    /** The period of the same kind just before this one. */
    public ReportPeriod previous() {
        return switch (kind) {
            case MONTH -> month(firstMonth().minusMonths(1));
            case QUARTER -> number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
            case YEAR -> year(year - 1);
        };
    }

    /** Whether the period has not begun by {@code today}: there is nothing to report yet. */
    public boolean startsAfter(LocalDate today) {
        return from().isAfter(today);
    }

    /** Whether {@code today} is inside the period: its figures are so far, not final. */
    public boolean isRunningOn(LocalDate today) {
        return !today.isBefore(from()) && !today.isAfter(to());
    }

    /** The twelve months ending with the period's last month, oldest first. */
    public List<YearMonth> twelveMonthsToEnd() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = lastMonth().minusMonths(11); !month.isAfter(lastMonth()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The periods of one kind a reader may choose on {@code today}: the running one first, then {@code count} - 1 earlier. */
    public static List<ReportPeriod> choices(Kind kind, LocalDate today, int count) {
        ReportPeriod period = switch (kind) {
            case MONTH -> month(YearMonth.from(today));
            case QUARTER -> quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(today.getYear());
        };
        List<ReportPeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++, period = period.previous()) {
            periods.add(period);
        }
        return periods;
    }
}
