package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.domain.Issue;
import vn.pcitracker.issue.domain.IssuePartyLink;

/**
 * Tells other modules what happened to an issue, as past-tense events published synchronously inside the
 * command's transaction: a listener that writes (the notification module) commits or rolls back with the change.
 */
@Component
class IssueNews {

    private final ApplicationEventPublisher publisher;

    IssueNews(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void recorded(Issue issue, IssueAction action) {
        Object event = switch (action) {
            case CREATE -> created(issue.getId(), issue.getCode(), issue.getTitle(), issue.getChannel(),
                    submitterAssociation(issue));
            case ASSIGN -> assigned(issue.getId(), issue.getCode(), issue.getTitle(), issue.getLeadAgencyId(),
                    issue.getDeadline());
            case ANSWER -> new IssueAnswered(issue.getId(), issue.getCode(), issue.getTitle(), submitterAssociation(issue));
            case FEEDBACK_UNSATISFIED -> new IssueReopened(issue.getId(), issue.getCode(), issue.getTitle(),
                    issue.getLeadAgencyId(), issue.getDeadline());
            default -> null;
        };
        if (event != null) {
            publisher.publishEvent(event);
        }
    }

    /** For issues written in bulk ({@link IssueBatchWriter}): what {@link #recorded} publishes for their steps. */
    void recordedInBulk(long id, String code, String title, IssueAction action, IssueChannel channel,
                        Long submitterAssociationId, Long leadAgencyId, LocalDate deadline) {
        Object event = switch (action) {
            case CREATE -> created(id, code, title, channel, submitterAssociationId);
            case ASSIGN -> assigned(id, code, title, leadAgencyId, deadline);
            default -> throw new IllegalArgumentException("not written in bulk: " + action);
        };
        if (event != null) {
            publisher.publishEvent(event);
        }
    }

    private static Object created(long id, String code, String title, IssueChannel channel, Long submitterAssociationId) {
        return channel == IssueChannel.ASSOCIATION_PORTAL
                ? new IssueSubmittedByAssociation(id, code, title, submitterAssociationId) : null;
    }

    private static Object assigned(long id, String code, String title, Long leadAgencyId, LocalDate deadline) {
        return new IssueAssigned(id, code, title, leadAgencyId, deadline);
    }

    private static Long submitterAssociation(Issue issue) {
        return issue.getParties().stream().filter(IssuePartyLink::isSubmitter)
                .map(IssuePartyLink::getAssociationId).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
