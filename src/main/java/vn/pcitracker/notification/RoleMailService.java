package vn.pcitracker.notification;

import java.time.Instant;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.notification.domain.OutboxMail;
import vn.pcitracker.notification.domain.OutboxMailRepository;
import vn.pcitracker.security.AccountDirectory;
import vn.pcitracker.security.Recipient;
import vn.pcitracker.shared.Role;

/**
 * Mails that another module composes, such as the monthly report, to everyone who holds a role: one mail per enabled
 * account with an e-mail address, in the reader's language, put in the outbox in the caller's transaction (so it goes
 * out exactly when the caller's work commits) and sent by {@link OutboxSender} like every other mail. They are
 * immediate whatever the reader's digest choice: the digest gathers notifications about recommendations, and a
 * composed mail is a document of its own, not a notification in the bell.
 */
@Service
public class RoleMailService {

    /** Writes the mail for one reader. */
    @FunctionalInterface
    public interface MailComposer {
        MailText compose(Locale locale, String recipientName);
    }

    private final AccountDirectory accounts;
    private final OutboxMailRepository outbox;

    RoleMailService(AccountDirectory accounts, OutboxMailRepository outbox) {
        this.accounts = accounts;
        this.outbox = outbox;
    }

    /** Returns how many mails were put in the outbox (holders of the role without an address get none). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','INVESTMENT_OFFICER')")
    public int mailToRole(Role role, MailComposer composer) {
        Instant now = Instant.now();
        int mails = 0;
        for (Recipient recipient : accounts.recipients(role, null, null)) {
            if (recipient.email() == null || recipient.email().isBlank()) {
                continue;
            }
            MailText text = composer.compose(recipient.locale(), recipient.displayName());
            outbox.save(new OutboxMail(recipient.accountId(), recipient.email(), text.subject(), text.body(), false, now));
            mails++;
        }
        return mails;
    }
}
