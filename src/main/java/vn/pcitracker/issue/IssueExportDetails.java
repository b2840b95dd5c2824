package vn.pcitracker.issue;

import java.util.List;
import java.util.Set;

/**
 * What an export adds to an inbox row so that the file imports back ({@link RecommendationImport}): the content, the
 * parties in the order they joined (submitters first), the DDCI components and whether the submitter agreed to
 * publish.
 */
public record IssueExportDetails(long id, String content, List<Long> enterpriseIds, List<Long> associationIds,
                                 Set<Long> ddciComponentIds, boolean isPublic) {

    public IssueExportDetails {
        enterpriseIds = List.copyOf(enterpriseIds);
        associationIds = List.copyOf(associationIds);
        ddciComponentIds = Set.copyOf(ddciComponentIds);
    }
}
