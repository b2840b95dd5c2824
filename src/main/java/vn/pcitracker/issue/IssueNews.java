package vn.pcitracker.issue;

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
            case CREATE -> issue.getChannel() == IssueChannel.ASSOCIATION_PORTAL
                    ? new IssueSubmittedByAssociation(issue.getId(), issue.getCode(), issue.getTitle(), submitterAssociation(issue))
                    : null;
            case ASSIGN -> new IssueAssigned(issue.getId(), issue.getCode(), issue.getTitle(), issue.getLeadAgencyId(),
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

    private static Long submitterAssociation(Issue issue) {
        return issue.getParties().stream().filter(IssuePartyLink::isSubmitter)
                .map(IssuePartyLink::getAssociationId).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
