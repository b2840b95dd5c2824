package vn.pcitracker.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.pcitracker.notification.NotificationKind;
import vn.pcitracker.shared.domain.AbstractEntity;

/** One thing one user is told; its text is rendered from the kind's template and the params when read. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    public enum MailState { NONE, QUEUED, DIGEST, DIGESTED }

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(name = "link", nullable = false, length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 10)
    private MailState mailState = MailState.NONE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_param", joinColumns = @JoinColumn(name = "notification_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", nullable = false, length = 4000)
    private Map<String, String> params = new HashMap<>();

    protected Notification() {
    }

    public Notification(long recipientId, NotificationKind kind, Long issueId, String link, Map<String, String> params,
                        Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.issueId = issueId;
        this.link = link;
        this.params = new HashMap<>(params);
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getRecipientId() { return recipientId; }
    public NotificationKind getKind() { return kind; }
    public Long getIssueId() { return issueId; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public MailState getMailState() { return mailState; }
    public void setMailState(MailState mailState) { this.mailState = mailState; }
    public Map<String, String> getParams() { return Map.copyOf(params); }
}
