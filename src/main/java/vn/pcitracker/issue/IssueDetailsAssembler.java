package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.issue.domain.Issue;
import vn.pcitracker.issue.domain.IssueEvent;
import vn.pcitracker.issue.domain.IssueEventRepository;
import vn.pcitracker.issue.domain.IssueFeedbackRecord;
import vn.pcitracker.issue.domain.IssueFeedbackRepository;
import vn.pcitracker.issue.domain.IssueField;
import vn.pcitracker.issue.domain.IssueFieldRepository;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.EnterpriseSummary;

/** Builds {@link IssueDetails} for the current user: names, timeline, deadline figures and allowed actions. */
@Component
class IssueDetailsAssembler {

    private final IssueFieldRepository fields;
    private final IssueEventRepository events;
    private final IssueFeedbackRepository feedback;
    private final EnterpriseService enterprises;
    private final AssociationService associations;
    private final DdciLookup ddci;
    private final WorkingDayCalendar calendar;
    private final IssueClock clock;

    IssueDetailsAssembler(IssueFieldRepository fields, IssueEventRepository events, IssueFeedbackRepository feedback,
                          EnterpriseService enterprises, AssociationService associations, DdciLookup ddci,
                          WorkingDayCalendar calendar, IssueClock clock) {
        this.fields = fields;
        this.events = events;
        this.feedback = feedback;
        this.enterprises = enterprises;
        this.associations = associations;
        this.ddci = ddci;
        this.calendar = calendar;
        this.clock = clock;
    }

    IssueDetails details(Issue issue, IssueAccess.Me me) {
        LocalDate today = clock.today();
        IssueField field = fields.findById(issue.getFieldId()).orElseThrow();
        boolean running = issue.getState().awaitingAnswer() && issue.getDeadline() != null;
        Integer workingDaysLeft = running ? calendar.workingDaysBetween(today, issue.getDeadline()) : null;
        Answer answer = issue.getAnswerKind() == null ? null : new Answer(issue.getAnswerKind(), issue.getAnswerText(),
                issue.getAnswerDocumentNumber(), issue.getAnswerDocumentDate());
        Set<IssueAction> allowed = IssueWorkflow.allowed(issue.getState(), IssueAccess.standing(issue, me));
        return new IssueDetails(issue.getId(), issue.getCode(), issue.getTitle(), issue.getContent(), issue.getChannel(),
                issue.getDialogueId(), field.toOption(), issue.getState(), issue.getPriority(), issue.getLeadAgencyId(),
                issue.getCoordinatorAgencyIds(), issue.getDdciComponentIds(),
                ddci.pciSubIndexCodes(issue.getDdciComponentIds()), parties(issue), issue.getDialogueIds(),
                issue.getReceivedOn(), issue.getAssignedOn(), issue.getDeadline(), issue.getAnsweredOn(), workingDaysLeft,
                overdue(issue, today), issue.isPublic(), answer, issue.getForwardedToAgencyId(), issue.getForwardedOn(),
                issue.getRejectionReason(), issue.getReopenCount(),
                IssueAccess.timeline(events.findByIssueIdOrderByOccurredAtAscIdAsc(issue.getId()).stream()
                        .map(IssueEvent::toEntry).toList(), me),
                feedback.findByIssueIdOrderByGivenAtAscIdAsc(issue.getId()).stream().map(IssueFeedbackRecord::toEntry).toList(),
                allowed, issue.getVersion());
    }

    /** Awaiting an answer past the deadline, or answered after it. */
    static boolean overdue(Issue issue, LocalDate today) {
        LocalDate deadline = issue.getDeadline();
        if (deadline == null) {
            return false;
        }
        if (issue.getState().awaitingAnswer()) {
            return today.isAfter(deadline);
        }
        return issue.getAnsweredOn() != null && issue.getAnsweredOn().isAfter(deadline);
    }

    // Each organisation is read once even when it appears twice; an issue has a handful of parties.
    private List<IssueParty> parties(Issue issue) {
        Map<Long, String> enterpriseNames = new HashMap<>();
        Map<Long, String> associationNames = new HashMap<>();
        return issue.getParties().stream().map(party -> party.getEnterpriseId() != null
                ? new IssueParty(party.getEnterpriseId(), null, enterpriseNames.computeIfAbsent(party.getEnterpriseId(),
                        id -> enterprises.find(id).map(EnterpriseSummary::name).orElse(null)), party.isSubmitter())
                : new IssueParty(null, party.getAssociationId(), associationNames.computeIfAbsent(party.getAssociationId(),
                        id -> associations.find(id).map(AssociationSummary::nameVi).orElse(null)), party.isSubmitter()))
                .toList();
    }
}
