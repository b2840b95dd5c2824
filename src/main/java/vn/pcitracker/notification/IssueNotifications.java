package vn.pcitracker.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.IssueAnswered;
import vn.pcitracker.issue.IssueAssigned;
import vn.pcitracker.issue.IssueReopened;
import vn.pcitracker.issue.IssueSubmittedByAssociation;
import vn.pcitracker.security.AccountDirectory;
import vn.pcitracker.security.Recipient;
import vn.pcitracker.shared.Role;

/**
 * Who is told what when an issue moves. Plain {@code @EventListener}s, not Modulith's after-commit listeners:
 * they run inside the issue command's transaction, so a command that rolls back leaves no notification and no
 * mail behind (the outbox is what makes sending safe after the commit).
 */
@Component
class IssueNotifications {

    private final Notifier notifier;
    private final AccountDirectory accounts;

    IssueNotifications(Notifier notifier, AccountDirectory accounts) {
        this.notifier = notifier;
        this.accounts = accounts;
    }

    static String link(long issueId) {
        return "issues/" + issueId;
    }

    @EventListener
    void on(IssueAssigned event) {
        notifier.notify(NotificationKind.ISSUE_ASSIGNED, accounts.recipients(Role.AGENCY_OFFICER, event.leadAgencyId(), null),
                event.issueId(), link(event.issueId()), Map.of("code", event.code(), "title", event.title(),
                        "deadline", String.valueOf(event.deadline())));
    }

    @EventListener
    void on(IssueAnswered event) {
        if (event.submitterAssociationId() == null) {
            return;
        }
        notifier.notify(NotificationKind.ISSUE_ANSWERED,
                accounts.recipients(Role.ASSOCIATION_REP, null, event.submitterAssociationId()),
                event.issueId(), link(event.issueId()), Map.of("code", event.code(), "title", event.title()));
    }

    /** The investment department watches reopenings; the lead agency owes a new answer. */
    @EventListener
    void on(IssueReopened event) {
        List<Recipient> recipients = new ArrayList<>(accounts.recipients(Role.INVESTMENT_OFFICER, null, null));
        if (event.leadAgencyId() != null) {
            recipients.addAll(accounts.recipients(Role.AGENCY_OFFICER, event.leadAgencyId(), null));
        }
        notifier.notify(NotificationKind.ISSUE_REOPENED, recipients, event.issueId(), link(event.issueId()),
                Map.of("code", event.code(), "title", event.title(), "deadline", String.valueOf(event.deadline())));
    }

    @EventListener
    void on(IssueSubmittedByAssociation event) {
        notifier.notify(NotificationKind.ISSUE_SUBMITTED, accounts.recipients(Role.INVESTMENT_OFFICER, null, null),
                event.issueId(), link(event.issueId()), Map.of("code", event.code(), "title", event.title()));
    }
}
