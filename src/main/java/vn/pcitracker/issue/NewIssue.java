package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A recommendation as the investment department logs it. {@code dialogueId} is required for the DIALOGUE
 * channel; {@code receivedOn} null means today (Asia/Ho_Chi_Minh). DDCI components may be empty until
 * assignment, which requires at least one.
 */
public record NewIssue(String title, String content, IssueChannel channel, Long dialogueId, long fieldId,
                       IssuePriority priority, List<Long> enterpriseIds, List<Long> associationIds,
                       Set<Long> ddciComponentIds, boolean isPublic, LocalDate receivedOn) {
}
