package vn.pcitracker.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.notification.domain.OutboxMail;
import vn.pcitracker.notification.domain.OutboxMailRepository;

/**
 * Sends the outbox, one mail per transaction: the row is locked ({@code for update skip locked}), sent, and
 * marked sent or given its next attempt, so two senders never send one mail twice and a crash between sending
 * and committing re-sends at most one mail. A failure waits twice as long as the previous one (from one minute,
 * at most an hour) and the mail is FAILED after {@code app.notification.outbox.max-attempts}; a mail server that
 * is down therefore leaves the mails pending until it is back.
 */
@Component
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 100;

    private final OutboxMailRepository outbox;
    private final MailSwitch mailSwitch;
    private final TransactionTemplate transaction;
    private final String from;
    private final int maxAttempts;

    OutboxSender(OutboxMailRepository outbox, MailSwitch mailSwitch, TransactionTemplate transaction,
                 @Value("${app.notification.mail.from:pci-tracker@localhost}") String from,
                 @Value("${app.notification.outbox.max-attempts:20}") int maxAttempts) {
        this.outbox = outbox;
        this.mailSwitch = mailSwitch;
        this.transaction = transaction;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${app.notification.outbox.interval:PT1M}",
            initialDelayString = "${app.notification.outbox.interval:PT1M}")
    void scheduled() {
        while (sendDue(Instant.now()) == BATCH) {
            LOG.debug("More than {} mails were due; sending the next batch", BATCH);
        }
    }

    /**
     * Tries up to a batch of the mails due at {@code now}; returns how many were tried (sent, or given their next
     * attempt), so that a caller may repeat until nothing is due. Does nothing while sending is off.
     */
    int sendDue(Instant now) {
        int tried = 0;
        while (tried < BATCH && mailSwitch.isEnabled() && transaction.execute(status -> sendNext(now)) != null) {
            tried++;
        }
        return tried;
    }

    /** Null when nothing is due. */
    private Boolean sendNext(Instant now) {
        List<Long> due = outbox.lockDue(now, 1);
        if (due.isEmpty()) {
            return null;
        }
        OutboxMail mail = outbox.findById(due.getFirst()).orElseThrow();
        try {
            MimeMessage message = mailSwitch.sender().createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.getToAddress());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody());
            mailSwitch.sender().send(message);
            mail.sent(Instant.now());
            return true;
        } catch (Exception failure) {
            LOG.warn("Mail {} to {} not sent (attempt {}): {}", mail.getId(), mail.getToAddress(), mail.getAttempts() + 1,
                    failure.getMessage());
            mail.failed(failure.getMessage(), mail.getAttempts() + 1 >= maxAttempts ? null : now.plus(wait(mail.getAttempts() + 1)));
            return false;
        }
    }

    /** One minute after the first failure, doubling, at most an hour. */
    static Duration wait(int failures) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
