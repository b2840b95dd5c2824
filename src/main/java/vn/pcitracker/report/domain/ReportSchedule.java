package vn.pcitracker.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pcitracker.shared.domain.AbstractEntity;

/** Whether the monthly report is mailed to the leaders, and which month went out last ({@code report_schedule}, one row). */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;
    @Column(name = "last_sent_period", length = 7)
    private String lastSentPeriod;
    @Column(name = "last_sent_at")
    private Instant lastSentAt;
    @Column(name = "last_sent_mails")
    private Integer lastSentMails;
    @Column(name = "changed_by_name", length = NAME_MAX)
    private String changedByName;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ReportSchedule() {
    }

    public void switchTo(boolean on, String byName, Instant at) {
        enabled = on;
        changedByName = byName.length() > NAME_MAX ? byName.substring(0, NAME_MAX) : byName;
        changedAt = at;
    }

    public void sent(String period, int mails, Instant at) {
        lastSentPeriod = period;
        lastSentMails = mails;
        lastSentAt = at;
    }

    public boolean isEnabled() { return enabled; }
    public String getLastSentPeriod() { return lastSentPeriod; }
    public Instant getLastSentAt() { return lastSentAt; }
    public Integer getLastSentMails() { return lastSentMails; }
    public String getChangedByName() { return changedByName; }
    public Instant getChangedAt() { return changedAt; }
}
