package vn.pcitracker.issue;

/**
 * The dashboard's headline figures for one {@link FigureScope}; {@link DashboardMeasure} gives each one's formula
 * as a translation key, {@link IssueDashboardFigures#kpis} and {@link IssueMeasures} define them.
 *
 * @param open               issues open at the end of the period
 * @param overdue            of those, awaiting an answer past their deadline at that date
 * @param onTime             {@link IssueMeasures#onTimeRate}
 * @param averageWorkingDays {@link IssueMeasures#averageWorkingDaysToAnswer}
 * @param satisfaction766    {@link IssueMeasures#satisfaction766}
 * @param reopened           {@link IssueMeasures#reopenRate}
 */
public record KpiFigures(long open, long overdue, Measure onTime, Measure averageWorkingDays,
                         Measure satisfaction766, Measure reopened) {
}
