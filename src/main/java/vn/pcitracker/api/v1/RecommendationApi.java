package vn.pcitracker.api.v1;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.api.web.ApiClient;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.shared.RecordNotFoundException;

/**
 * {@code /api/v1/recommendations} for the key of the current request: what the key's association may see (or,
 * for a channel key, the province's whole register), through the issue module's own visibility rules.
 */
@Service
@PreAuthorize(ApiClient.HAS_KEY)
class RecommendationApi {

    static final int MAX_SIZE = 100;

    private final IssueQueryService queries;
    private final IssueService issues;

    RecommendationApi(IssueQueryService queries, IssueService issues) {
        this.queries = queries;
        this.issues = issues;
    }

    /** Newest received first, ties by id, so that pages never overlap. */
    @Transactional(readOnly = true)
    public ApiV1Dtos.Page<ApiV1Dtos.Summary> page(Set<IssueState> states, Long agencyId, Long fieldId,
                                                  Instant updatedSince, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
        ApiClient client = client();
        IssueFilter filter = new IssueFilter(null, states, agencyId, fieldId, null, null, null, null, null, null, null);
        return client.asIntakeDesk(() -> {
            long total = queries.count(client.audience(), filter, updatedSince);
            List<ApiV1Dtos.Summary> items = queries.search(client.audience(), filter, updatedSince, IssueSort.NEWEST,
                    Math.multiplyExact(page, size), size).stream().map(ApiV1Dtos.Summary::of).toList();
            return new ApiV1Dtos.Page<>(items, page, size, total, (total + size - 1) / size);
        });
    }

    @Transactional(readOnly = true)
    public ApiV1Dtos.Recommendation find(long id) {
        ApiClient client = client();
        return client.asIntakeDesk(() -> issues.find(id, client.audience()))
                .map(details -> recommendation(details, client))
                .orElseThrow(() -> new RecordNotFoundException("Recommendation", id));
    }

    /** Enters the investment department's intake, received today through the partner API. */
    @Transactional
    public ApiV1Dtos.Recommendation create(ApiV1Dtos.NewRecommendation input) {
        ApiClient client = client();
        NewIssue command = new NewIssue(input.title(), input.content(), IssueChannel.PARTNER_API, null,
                input.fieldId() == null ? 0 : input.fieldId(), IssuePriority.NORMAL,
                input.enterpriseIds() == null ? List.of() : input.enterpriseIds(),
                client.associationId() == null ? List.of() : List.of(client.associationId()),
                input.ddciComponentIds() == null ? Set.of() : input.ddciComponentIds(),
                Boolean.TRUE.equals(input.isPublic()), null);
        IssueDetails created = client.asIntakeDesk(() -> issues.create(command));
        return client.asIntakeDesk(() -> issues.find(created.id(), client.audience()))
                .map(details -> recommendation(details, client)).orElseThrow();
    }

    private static ApiClient client() {
        return ApiClient.current().orElseThrow();
    }

    private static ApiV1Dtos.Recommendation recommendation(IssueDetails d, ApiClient client) {
        boolean province = client.associationId() == null;
        List<ApiV1Dtos.Step> history = d.timeline().stream().map(t -> new ApiV1Dtos.Step(t.at(),
                province ? t.actorName() : null, t.action(), t.fromState(), t.toState(), province ? t.note() : null,
                t.oldDeadline(), t.newDeadline(), t.agencyId())).toList();
        List<ApiV1Dtos.Verdict> feedback = d.feedback().stream().map(f -> new ApiV1Dtos.Verdict(f.at(), f.satisfied(),
                f.score(), f.comment(), f.onBehalf())).toList();
        return new ApiV1Dtos.Recommendation(d.id(), d.code(), d.title(), d.content(), d.channel(),
                new ApiV1Dtos.Field(d.field().id(), d.field().code(), d.field().nameVi(), d.field().nameEn()), d.state(),
                d.priority(), d.leadAgencyId(), d.coordinatorAgencyIds(), d.ddciComponentIds(), d.pciSubIndexCodes(),
                d.parties(), d.dialogueIds(), d.receivedOn(), d.assignedOn(), d.deadline(), d.answeredOn(),
                d.workingDaysLeft(), d.overdue(), d.isPublic(), d.answer(), history, feedback, d.version());
    }
}
