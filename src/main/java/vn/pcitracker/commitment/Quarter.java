package vn.pcitracker.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, the period a check-in reports on. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** The quarters that overlap {@code from}..{@code to}, in order. */
    public static List<Quarter> between(LocalDate from, LocalDate to) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = of(from); !q.start().isAfter(to); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return "Q" + quarter + "/" + year;
    }
}
