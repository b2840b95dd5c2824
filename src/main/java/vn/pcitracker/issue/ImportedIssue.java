package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.pcitracker.shared.importing.RowRecord;

/**
 * What one row of a recommendations file becomes once checked ({@link IssueImportService#preview}): the preview shows
 * it, the import stores it.
 *
 * @param row          the spreadsheet row
 * @param firms        the firms in the order written, registered ones with their id, new ones (added to the register
 *                     by the import) without
 * @param leadAgencyId the agency the import assigns the recommendation to, or null (it stays received)
 * @param deadline     the deadline of that assignment: the field's default in working days from today
 */
public record ImportedIssue(int row, String title, String content, long fieldId, LocalDate receivedOn,
                            IssuePriority priority, IssueChannel channel, Long dialogueId, List<Firm> firms,
                            List<Long> associationIds, Set<Long> ddciComponentIds, Long leadAgencyId, LocalDate deadline,
                            boolean isPublic) implements RowRecord {

    public ImportedIssue {
        firms = List.copyOf(firms);
        associationIds = List.copyOf(associationIds);
        ddciComponentIds = Set.copyOf(ddciComponentIds);
    }

    /** A firm behind the recommendation: registered ({@code enterpriseId}) or new. */
    public record Firm(Long enterpriseId, String taxCode, String name) {

        public boolean isNew() {
            return enterpriseId == null;
        }
    }
}
