package vn.pcitracker.notification;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.notification.domain.OutboxMail;
import vn.pcitracker.notification.domain.OutboxMailRepository;
import vn.pcitracker.shared.Role;

/** What the outbox holds: in demo mode what would have been sent, otherwise what was sent, waits, or failed. */
@Service
@PreAuthorize(Role.Names.HAS_ADMIN)
public class OutboxService {

    public static final int LIST_LIMIT = 500;

    private final OutboxMailRepository outbox;
    private final MailSwitch mailSwitch;

    OutboxService(OutboxMailRepository outbox, MailSwitch mailSwitch) {
        this.outbox = outbox;
        this.mailSwitch = mailSwitch;
    }

    /** Newest first; all statuses when {@code status} is null. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> entries(OutboxStatus status) {
        PageRequest page = PageRequest.of(0, LIST_LIMIT);
        List<OutboxMail> mails = status == null ? outbox.findByOrderByCreatedAtDescIdDesc(page)
                : outbox.findByStatusOrderByCreatedAtDescIdDesc(status, page);
        return mails.stream().map(m -> new OutboxEntry(m.getId(), m.getToAddress(), m.getSubject(), m.getBody(),
                m.isDigest(), m.getStatus(), m.getAttempts(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt(),
                m.getLastError())).toList();
    }

    @Transactional(readOnly = true)
    public boolean sendingEnabled() {
        return mailSwitch.isEnabled();
    }
}
