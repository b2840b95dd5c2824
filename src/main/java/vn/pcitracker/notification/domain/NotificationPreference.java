package vn.pcitracker.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.pcitracker.notification.MailMode;

/** A user's choice of immediate mails or a daily digest; keyed by the account, so not an AbstractEntity. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false, length = 10)
    private MailMode mailMode;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NotificationPreference() {
    }

    public NotificationPreference(long accountId, MailMode mailMode) {
        this.accountId = accountId;
        this.mailMode = mailMode;
    }

    public Long getAccountId() { return accountId; }
    public MailMode getMailMode() { return mailMode; }
    public void setMailMode(MailMode mailMode) { this.mailMode = mailMode; }
}
