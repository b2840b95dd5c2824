package vn.pcitracker.issue;

import java.util.List;
import java.util.Set;

/** Corrections by the investment department while the issue is not final; the parties listed replace the old. */
public record IssueEdit(String title, String content, long fieldId, IssuePriority priority, Set<Long> ddciComponentIds,
                        boolean isPublic, List<Long> enterpriseIds, List<Long> associationIds) {
}
