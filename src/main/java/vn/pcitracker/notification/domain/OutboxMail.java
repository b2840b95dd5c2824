package vn.pcitracker.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pcitracker.notification.OutboxStatus;
import vn.pcitracker.shared.domain.AbstractEntity;

/** An e-mail written in the transaction that caused it, rendered in the recipient's language, sent later. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends AbstractEntity {

    public static final int SUBJECT_MAX = 300;
    public static final int ERROR_MAX = 1000;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;
    @Column(name = "to_address", nullable = false, length = 254)
    private String toAddress;
    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;
    @Column(name = "body", nullable = false)
    private String body;
    @Column(name = "digest", nullable = false)
    private boolean digest;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private OutboxStatus status = OutboxStatus.PENDING;
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(long recipientId, String toAddress, String subject, String body, boolean digest, Instant createdAt) {
        this.recipientId = recipientId;
        this.toAddress = toAddress;
        this.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        this.body = body;
        this.digest = digest;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public void sent(Instant at) {
        status = OutboxStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /** Another try at {@code retryAt}, or FAILED when {@code retryAt} is null (no attempts left). */
    public void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? "?" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (retryAt == null) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    public long getRecipientId() { return recipientId; }
    public String getToAddress() { return toAddress; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public boolean isDigest() { return digest; }
    public OutboxStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
