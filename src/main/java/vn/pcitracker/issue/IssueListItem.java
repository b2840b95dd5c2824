package vn.pcitracker.issue;

import java.time.LocalDate;

/** One row of an inbox. {@code workingDaysLeft} is null when no deadline runs; negative when overdue. */
public record IssueListItem(long id, String code, String title, IssueState state, IssuePriority priority,
                            long fieldId, Long leadAgencyId, IssueChannel channel, LocalDate receivedOn,
                            LocalDate deadline, Integer workingDaysLeft, boolean overdue) {
}
