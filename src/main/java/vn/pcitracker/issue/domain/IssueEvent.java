package vn.pcitracker.issue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import vn.pcitracker.issue.IssueAction;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.issue.TimelineEntry;

/** One step of an issue's history ({@code issue_event}): written once, never changed. Times in UTC. */
@Entity
@Immutable
@Table(name = "issue_event")
public class IssueEvent {

    public static final int ACTOR_NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "issue_id", nullable = false)
    private Long issueId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_account_id")
    private Long actorAccountId;
    @Column(name = "actor_name", nullable = false, length = ACTOR_NAME_MAX)
    private String actorName;
    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private IssueAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private IssueState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", length = 20)
    private IssueState toState;
    @Column(name = "note")
    private String note;
    @Column(name = "old_deadline")
    private LocalDate oldDeadline;
    @Column(name = "new_deadline")
    private LocalDate newDeadline;
    @Column(name = "agency_id")
    private Long agencyId;

    protected IssueEvent() {
    }

    public IssueEvent(long issueId, Instant occurredAt, Long actorAccountId, String actorName, IssueAction action,
                      IssueState fromState, IssueState toState, String note, LocalDate oldDeadline,
                      LocalDate newDeadline, Long agencyId) {
        this.issueId = issueId;
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName.length() > ACTOR_NAME_MAX ? actorName.substring(0, ACTOR_NAME_MAX) : actorName;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
        this.agencyId = agencyId;
    }

    public TimelineEntry toEntry() {
        return new TimelineEntry(occurredAt, actorName, action, fromState, toState, note, oldDeadline, newDeadline, agencyId);
    }

    public Long getId() { return id; }
    public Long getIssueId() { return issueId; }
    public Long getActorAccountId() { return actorAccountId; }
    public IssueAction getAction() { return action; }
}
