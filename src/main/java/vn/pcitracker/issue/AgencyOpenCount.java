package vn.pcitracker.issue;

/**
 * Issues led by an agency that were open at the end of a period, and of those the ones overdue then
 * ({@link IssueDashboardFigures#openAndOverdueByAgency}).
 */
public record AgencyOpenCount(long agencyId, long open, long overdue) {
}
