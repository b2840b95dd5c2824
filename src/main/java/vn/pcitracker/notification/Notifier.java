package vn.pcitracker.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.pcitracker.notification.Templates.Rendered;
import vn.pcitracker.notification.domain.Notification;
import vn.pcitracker.notification.domain.Notification.MailState;
import vn.pcitracker.notification.domain.NotificationPreferenceRepository;
import vn.pcitracker.notification.domain.NotificationRepository;
import vn.pcitracker.notification.domain.OutboxMail;
import vn.pcitracker.notification.domain.OutboxMailRepository;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.Recipient;

/**
 * Writes notifications and their outbox mails in the caller's transaction, so they exist exactly when the
 * change that caused them commits. The person who made the change is not told about it.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final OutboxMailRepository outbox;
    private final NotificationPreferenceRepository preferences;
    private final Templates templates;
    private final CurrentUser currentUser;

    Notifier(NotificationRepository notifications, OutboxMailRepository outbox, NotificationPreferenceRepository preferences,
             Templates templates, CurrentUser currentUser) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.preferences = preferences;
        this.templates = templates;
        this.currentUser = currentUser;
    }

    /** Returns how many people were told. */
    int notify(NotificationKind kind, Collection<Recipient> recipients, Long issueId, String link, Map<String, String> params) {
        Long actor = currentUser.get().map(me -> me.accountId()).orElse(null);
        Map<Long, Recipient> distinct = new LinkedHashMap<>();
        recipients.stream().filter(r -> !Long.valueOf(r.accountId()).equals(actor))
                .forEach(r -> distinct.putIfAbsent(r.accountId(), r));
        Instant now = Instant.now();
        for (Recipient recipient : distinct.values()) {
            Map<String, String> values = new HashMap<>(params);
            values.put("name", recipient.displayName());
            values.put("link", link);
            Notification notification = new Notification(recipient.accountId(), kind, issueId, link, values, now);
            notification.setMailState(mail(kind, recipient, values, now));
            notifications.save(notification);
        }
        return distinct.size();
    }

    private MailState mail(NotificationKind kind, Recipient recipient, Map<String, String> values, Instant now) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            return MailState.NONE;
        }
        if (preferences.findById(recipient.accountId()).map(p -> p.getMailMode() == MailMode.DIGEST).orElse(false)) {
            return MailState.DIGEST;
        }
        Rendered text = templates.render(kind, recipient.locale(), values);
        outbox.save(new OutboxMail(recipient.accountId(), recipient.email(), text.subject(), text.body(), false, now));
        return MailState.QUEUED;
    }
}
