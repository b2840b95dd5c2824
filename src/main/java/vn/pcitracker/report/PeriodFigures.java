package vn.pcitracker.report;

import vn.pcitracker.issue.KpiFigures;
import vn.pcitracker.issue.Measure;

/**
 * The province's recommendation figures for one period: {@code received} = issues received in it (all agencies, with
 * a lead agency or not), and the headline figures of {@code IssueDashboardFigures.kpis}: open and overdue at its end,
 * on-time rate (whose denominator is the issues answered in it), working days to answer, Decision 766 satisfaction and
 * reopen rate.
 */
public record PeriodFigures(ReportPeriod period, long received, KpiFigures kpis) {

    public long answered() {
        return kpis.onTime().denominator();
    }

    public long answeredOnTime() {
        return kpis.onTime().numerator();
    }

    public Measure onTime() {
        return kpis.onTime();
    }

    public Measure satisfaction() {
        return kpis.satisfaction766();
    }
}
