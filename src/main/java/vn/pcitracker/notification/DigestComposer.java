package vn.pcitracker.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.notification.Templates.Rendered;
import vn.pcitracker.notification.domain.Notification;
import vn.pcitracker.notification.domain.Notification.MailState;
import vn.pcitracker.notification.domain.NotificationRepository;
import vn.pcitracker.notification.domain.OutboxMail;
import vn.pcitracker.notification.domain.OutboxMailRepository;
import vn.pcitracker.security.AccountDirectory;
import vn.pcitracker.security.Recipient;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * Once a day, one mail per digest reader with every notification that waited for it, each with its link. The
 * notifications are marked digested in the same transaction as the mail is put in the outbox.
 */
@Component
class DigestComposer {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final NotificationRepository notifications;
    private final OutboxMailRepository outbox;
    private final AccountDirectory accounts;
    private final Templates templates;
    private final TransactionTemplate transaction;

    DigestComposer(NotificationRepository notifications, OutboxMailRepository outbox, AccountDirectory accounts,
                   Templates templates, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.accounts = accounts;
        this.templates = templates;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${app.notification.digest.cron:0 0 17 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        compose();
    }

    /** Returns how many digest mails were put in the outbox. */
    int compose() {
        return SystemAuthentication.runAsSystem(() -> transaction.execute(status -> {
            int mails = 0;
            for (Long recipientId : notifications.recipientsWithMailState(MailState.DIGEST)) {
                List<Notification> waiting = notifications.findByRecipientIdAndMailStateOrderByCreatedAtAscIdAsc(
                        recipientId, MailState.DIGEST);
                Optional<Recipient> recipient = accounts.find(recipientId).filter(r -> r.email() != null);
                if (recipient.isPresent()) {
                    outbox.save(digest(recipient.get(), waiting));
                    mails++;
                }
                waiting.forEach(n -> n.setMailState(MailState.DIGESTED));
            }
            return mails;
        }));
    }

    private OutboxMail digest(Recipient recipient, List<Notification> waiting) {
        StringBuilder items = new StringBuilder();
        for (Notification notification : waiting) {
            Rendered item = templates.render(notification.getKind(), recipient.locale(), notification.getParams());
            items.append("- ").append(item.subject()).append("\n  ").append(templates.absolute(notification.getLink()))
                    .append("\n");
        }
        Rendered mail = templates.render(NotificationKind.DAILY_DIGEST, recipient.locale(), Map.of(
                "name", recipient.displayName(), "count", String.valueOf(waiting.size()),
                "date", LocalDate.now(PROVINCE).toString(), "items", items.toString().strip(), "link", "notifications"));
        return new OutboxMail(recipient.accountId(), recipient.email(), mail.subject(), mail.body(), true, Instant.now());
    }
}
