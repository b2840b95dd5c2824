package vn.pcitracker.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.notification.domain.Notification;
import vn.pcitracker.notification.domain.NotificationPreference;
import vn.pcitracker.notification.domain.NotificationPreferenceRepository;
import vn.pcitracker.notification.domain.NotificationRepository;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;

/** The signed-in user's own notifications and mail preference; nobody reads or marks anyone else's. */
@Service
@PreAuthorize(Role.Names.IS_AUTHENTICATED)
public class NotificationService {

    /** The notifications page shows at most this many, newest first. */
    public static final int LIST_LIMIT = 500;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final Templates templates;
    private final CurrentUser currentUser;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
                        Templates templates, CurrentUser currentUser) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.templates = templates;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me());
    }

    /** The newest {@code limit} notifications, their texts in {@code locale}. */
    @Transactional(readOnly = true)
    public List<NotificationItem> latest(int limit, Locale locale) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, Math.min(limit, LIST_LIMIT)))
                .stream().map(n -> item(n, locale)).toList();
    }

    @Transactional
    public void markRead(long id) {
        Notification notification = notifications.findById(id).filter(n -> n.getRecipientId() == me())
                .orElseThrow(() -> new RecordNotFoundException("notification", id));
        notification.markRead(Instant.now());
    }

    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), Instant.now());
    }

    @Transactional(readOnly = true)
    public MailMode mailMode() {
        return preferences.findById(me()).map(NotificationPreference::getMailMode).orElse(MailMode.IMMEDIATE);
    }

    @Transactional
    public void changeMailMode(MailMode mode) {
        if (mode == null) {
            return;
        }
        long me = me();
        preferences.findById(me).ifPresentOrElse(p -> p.setMailMode(mode),
                () -> preferences.save(new NotificationPreference(me, mode)));
    }

    private NotificationItem item(Notification n, Locale locale) {
        return new NotificationItem(n.getId(), n.getKind(), templates.render(n.getKind(), locale, n.getParams()).subject(),
                n.getLink(), n.getCreatedAt(), n.getReadAt() != null);
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
