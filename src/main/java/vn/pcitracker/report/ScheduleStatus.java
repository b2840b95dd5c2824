package vn.pcitracker.report;

import java.time.Instant;

/**
 * Whether the monthly report is mailed to the leaders on the first working day of each month, the last month mailed
 * ({@code lastSentPeriod}, null when none) with when and to how many, and who last switched it.
 */
public record ScheduleStatus(boolean enabled, ReportPeriod lastSentPeriod, Instant lastSentAt, Integer lastSentMails,
                             String changedByName, Instant changedAt) {
}
