package vn.pcitracker.dialogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import vn.pcitracker.dialogue.DialogueKind;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.shared.domain.AbstractEntity;

/** One dialogue session; associations are referred to by id (they belong to the organization module). */
@Entity
@Table(name = "dialogue_session")
public class DialogueSession extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DialogueKind kind;
    @Column(name = "title", nullable = false)
    private String title;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(name = "place")
    private String place;
    @Column(name = "host_agency_id", nullable = false)
    private long hostAgencyId;
    @Column(name = "chair")
    private String chair;
    @ElementCollection
    @CollectionTable(name = "dialogue_session_association", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "association_id", nullable = false)
    @BatchSize(size = 50)
    private Set<Long> associationIds = new HashSet<>();
    @Column(name = "firms_attending")
    private Integer firmsAttending;
    @Column(name = "minutes", columnDefinition = "text")
    private String minutes;
    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;

    protected DialogueSession() {
    }

    public DialogueSession(DialogueKind kind, String title, LocalDate heldOn, long hostAgencyId) {
        this.kind = kind;
        this.title = title;
        this.heldOn = heldOn;
        this.hostAgencyId = hostAgencyId;
    }

    public DialogueSummary toSummary() {
        return new DialogueSummary(getId(), kind, title, heldOn, place, hostAgencyId, chair, Set.copyOf(associationIds),
                firmsAttending, minutes, synthetic, getVersion());
    }

    public DialogueKind getKind() { return kind; }
    public void setKind(DialogueKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public long getHostAgencyId() { return hostAgencyId; }
    public void setHostAgencyId(long hostAgencyId) { this.hostAgencyId = hostAgencyId; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public Set<Long> getAssociationIds() { return Set.copyOf(associationIds); }
    public Integer getFirmsAttending() { return firmsAttending; }
    public void setFirmsAttending(Integer firmsAttending) { this.firmsAttending = firmsAttending; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public boolean isSynthetic() { return synthetic; }
    public void setSynthetic(boolean synthetic) { this.synthetic = synthetic; }

    /** Replaces the participating associations; returns whether anything changed. */
    public boolean replaceAssociations(Set<Long> ids) {
        if (Objects.equals(associationIds, ids)) {
            return false;
        }
        associationIds.clear();
        associationIds.addAll(ids);
        return true;
    }
}
