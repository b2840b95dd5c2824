package vn.pcitracker.api.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.pcitracker.issue.Answer;
import vn.pcitracker.issue.IssueAction;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueParty;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueState;

/** The shapes of {@code /api/v1}: a stable contract of their own, not the issue module's records. */
final class ApiV1Dtos {

    private ApiV1Dtos() {
    }

    record Page<T>(List<T> items, int page, int size, long totalElements, long totalPages) {
    }

    record Summary(long id, String code, String title, IssueState state, IssuePriority priority, long fieldId,
                   Long leadAgencyId, IssueChannel channel, LocalDate receivedOn, LocalDate deadline,
                   Integer workingDaysLeft, boolean overdue) {

        static Summary of(IssueListItem item) {
            return new Summary(item.id(), item.code(), item.title(), item.state(), item.priority(), item.fieldId(),
                    item.leadAgencyId(), item.channel(), item.receivedOn(), item.deadline(), item.workingDaysLeft(),
                    item.overdue());
        }
    }

    record Field(long id, String code, String nameVi, String nameEn) {
    }

    /** One step of the history; {@code actor} and {@code note} only for keys of the province's own systems. */
    record Step(Instant at, String actor, IssueAction action, IssueState fromState, IssueState toState, String note,
                LocalDate oldDeadline, LocalDate newDeadline, Long agencyId) {
    }

    record Verdict(Instant at, boolean satisfied, int score, String comment, boolean onBehalf) {
    }

    record Recommendation(long id, String code, String title, String content, IssueChannel channel, Field field,
                          IssueState state, IssuePriority priority, Long leadAgencyId, Set<Long> coordinatorAgencyIds,
                          Set<Long> ddciComponentIds, List<String> pciSubIndexCodes, List<IssueParty> parties,
                          List<Long> dialogueIds, LocalDate receivedOn, LocalDate assignedOn, LocalDate deadline,
                          LocalDate answeredOn, Integer workingDaysLeft, boolean overdue, boolean isPublic,
                          Answer answer, List<Step> history, List<Verdict> feedback, long version) {
    }

    /** A new recommendation; the key's association (if any) is its submitter. */
    record NewRecommendation(String title, String content, Long fieldId, Set<Long> ddciComponentIds,
                             List<Long> enterpriseIds, Boolean isPublic) {
    }
}
