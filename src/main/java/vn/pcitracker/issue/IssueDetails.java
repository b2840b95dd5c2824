package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the detail page shows, already filtered to what the current user may see, with the actions the
 * current user may take now. {@code workingDaysLeft} is null when no deadline runs; negative when overdue.
 */
public record IssueDetails(long id, String code, String title, String content, IssueChannel channel, Long dialogueId,
                           IssueFieldOption field, IssueState state, IssuePriority priority, Long leadAgencyId,
                           Set<Long> coordinatorAgencyIds, Set<Long> ddciComponentIds, List<String> pciSubIndexCodes,
                           List<IssueParty> parties, List<Long> dialogueIds, LocalDate receivedOn, LocalDate assignedOn,
                           LocalDate deadline, LocalDate answeredOn, Integer workingDaysLeft, boolean overdue,
                           boolean isPublic, Answer answer, Long forwardedToAgencyId, LocalDate forwardedOn,
                           String rejectionReason, int reopenCount, List<TimelineEntry> timeline,
                           List<FeedbackEntry> feedback, Set<IssueAction> allowedActions, long version) {
}
