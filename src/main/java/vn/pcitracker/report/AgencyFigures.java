package vn.pcitracker.report;

import vn.pcitracker.issue.Measure;

/**
 * One lead agency's recommendations in the period: received in it; answered in it and of those on time
 * ({@code onTime}: numerator on time, denominator answered); open and overdue at its end; Decision 766 satisfaction.
 * The same definitions as the province's {@link PeriodFigures}, grouped by lead agency.
 */
public record AgencyFigures(long agencyId, long received, Measure onTime, long openAtEnd, long overdueAtEnd,
                            Measure satisfaction) {

    public long answered() {
        return onTime.denominator();
    }

    /** Whether the agency has anything to report in the period. */
    boolean active() {
        return received > 0 || answered() > 0 || openAtEnd > 0 || satisfaction.denominator() > 0;
    }
}
