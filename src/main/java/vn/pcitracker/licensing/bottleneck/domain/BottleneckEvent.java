package vn.pcitracker.licensing.bottleneck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.pcitracker.licensing.bottleneck.BottleneckAction;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.licensing.bottleneck.BottleneckTimelineEntry;

/** One step of a bottleneck's history ({@code bottleneck_event}): written once, never changed. Times in UTC. */
@Entity
@Immutable
@Table(name = "bottleneck_event")
public class BottleneckEvent {

    public static final int ACTOR_NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "bottleneck_id", nullable = false)
    private long bottleneckId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_account_id")
    private Long actorAccountId;
    @Column(name = "actor_name", nullable = false, length = ACTOR_NAME_MAX)
    private String actorName;
    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private BottleneckAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private BottleneckState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", length = 20)
    private BottleneckState toState;
    @Column(name = "note")
    private String note;

    protected BottleneckEvent() {
    }

    public BottleneckEvent(long bottleneckId, Instant occurredAt, Long actorAccountId, String actorName,
                           BottleneckAction action, BottleneckState fromState, BottleneckState toState, String note) {
        this.bottleneckId = bottleneckId;
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName.length() > ACTOR_NAME_MAX ? actorName.substring(0, ACTOR_NAME_MAX) : actorName;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    public BottleneckTimelineEntry toEntry() {
        return new BottleneckTimelineEntry(occurredAt, actorName, action, fromState, toState, note);
    }
}
