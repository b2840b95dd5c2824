package vn.pcitracker.issue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.pcitracker.issue.AnswerKind;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.shared.domain.AbstractEntity;

/**
 * A recommendation (kiến nghị). The workflow (who may move it where) is decided by the issue module's
 * service layer; this entity only holds the state and the data each move leaves behind.
 */
@Entity
@Table(name = "issue")
public class Issue extends AbstractEntity {

    public static final int CODE_MAX = 20;
    public static final int TITLE_MAX = 300;
    public static final int DOCUMENT_NUMBER_MAX = 60;
    public static final int REJECTION_REASON_MAX = 2000;

    @Column(name = "code", nullable = false, length = CODE_MAX, updatable = false)
    private String code;
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;
    @Column(name = "content", nullable = false)
    private String content;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 30)
    private IssueChannel channel;
    @Column(name = "dialogue_id")
    private Long dialogueId;
    @Column(name = "field_id", nullable = false)
    private Long fieldId;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private IssueState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private IssuePriority priority;
    @Column(name = "lead_agency_id")
    private Long leadAgencyId;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Column(name = "assigned_on")
    private LocalDate assignedOn;
    @Column(name = "deadline")
    private LocalDate deadline;
    @Column(name = "answered_on")
    private LocalDate answeredOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "is_public", nullable = false)
    private boolean isPublic;
    @Column(name = "answer_text")
    private String answerText;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_kind", length = 10)
    private AnswerKind answerKind;
    @Column(name = "answer_document_number", length = DOCUMENT_NUMBER_MAX)
    private String answerDocumentNumber;
    @Column(name = "answer_document_date")
    private LocalDate answerDocumentDate;
    @Column(name = "forwarded_to_agency_id")
    private Long forwardedToAgencyId;
    @Column(name = "forwarded_on")
    private LocalDate forwardedOn;
    @Column(name = "rejection_reason", length = REJECTION_REASON_MAX)
    private String rejectionReason;
    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;
    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "issue_coordinator", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "agency_id", nullable = false)
    private Set<Long> coordinatorAgencyIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "issue_ddci_component", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "component_id", nullable = false)
    private Set<Long> ddciComponentIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "issue_dialogue", joinColumns = @JoinColumn(name = "issue_id"))
    private Set<IssueDialogueLink> dialogues = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "issue_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<IssuePartyLink> parties = new ArrayList<>();

    protected Issue() {
    }

    public Issue(String code, String title, String content, IssueChannel channel, Long fieldId,
                 IssuePriority priority, LocalDate receivedOn, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.content = content;
        this.channel = channel;
        this.fieldId = fieldId;
        this.priority = priority;
        this.receivedOn = receivedOn;
        this.createdAt = createdAt;
        this.state = IssueState.RECEIVED;
    }

    /** Replaces the parties, keeping rows of parties that stay so that unique keys are never hit twice. */
    public void replaceParties(List<IssuePartyLink> wanted) {
        parties.removeIf(existing -> wanted.stream().noneMatch(existing::sameParty));
        for (IssuePartyLink party : wanted) {
            parties.stream().filter(party::sameParty).findFirst()
                    .ifPresentOrElse(existing -> existing.setRole(party.getRole()), () -> parties.add(party));
        }
    }

    /** Adds the party unless it is one already; returns whether it was added. */
    public boolean addParty(IssuePartyLink party) {
        if (parties.stream().anyMatch(party::sameParty)) {
            return false;
        }
        return parties.add(party);
    }

    public void replaceCoordinators(Set<Long> ids) {
        if (!coordinatorAgencyIds.equals(ids)) {
            coordinatorAgencyIds.clear();
            coordinatorAgencyIds.addAll(ids);
        }
    }

    public void replaceDdciComponents(Set<Long> ids) {
        if (!ddciComponentIds.equals(ids)) {
            ddciComponentIds.clear();
            ddciComponentIds.addAll(ids);
        }
    }

    /** Returns false when the issue already passed through that session. */
    public boolean addDialogue(long dialogueId, Instant at) {
        return dialogues.add(new IssueDialogueLink(dialogueId, at));
    }

    /** Sessions in the order the issue passed through them. */
    public List<Long> getDialogueIds() {
        return dialogues.stream().sorted(Comparator.comparing(IssueDialogueLink::getCarriedAt)
                .thenComparing(IssueDialogueLink::getDialogueId)).map(IssueDialogueLink::getDialogueId).toList();
    }

    public boolean hasAssociation(long associationId) {
        return parties.stream().anyMatch(p -> Long.valueOf(associationId).equals(p.getAssociationId()));
    }

    public boolean hasSubmitterAssociation(long associationId) {
        return parties.stream().anyMatch(p -> p.isSubmitter() && Long.valueOf(associationId).equals(p.getAssociationId()));
    }

    public boolean involvesAgency(long agencyId) {
        return Long.valueOf(agencyId).equals(leadAgencyId) || coordinatorAgencyIds.contains(agencyId);
    }

    public void answer(AnswerKind kind, String text, String documentNumber, LocalDate documentDate, LocalDate on) {
        this.answerKind = kind;
        this.answerText = text;
        this.answerDocumentNumber = documentNumber;
        this.answerDocumentDate = documentDate;
        this.answeredOn = on;
    }

    public void reopen(LocalDate newDeadline) {
        this.reopenCount++;
        this.deadline = newDeadline;
    }

    public void forward(long ministryAgencyId, LocalDate on) {
        this.forwardedToAgencyId = ministryAgencyId;
        this.forwardedOn = on;
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public IssueChannel getChannel() { return channel; }
    public Long getDialogueId() { return dialogueId; }
    public void setDialogueId(Long dialogueId) { this.dialogueId = dialogueId; }
    public Long getFieldId() { return fieldId; }
    public void setFieldId(Long fieldId) { this.fieldId = fieldId; }
    public IssueState getState() { return state; }
    public void setState(IssueState state) { this.state = state; }
    public IssuePriority getPriority() { return priority; }
    public void setPriority(IssuePriority priority) { this.priority = priority; }
    public Long getLeadAgencyId() { return leadAgencyId; }
    public void setLeadAgencyId(Long leadAgencyId) { this.leadAgencyId = leadAgencyId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public void setAssignedOn(LocalDate assignedOn) { this.assignedOn = assignedOn; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public boolean isPublic() { return isPublic; }
    public void setPublic(boolean isPublic) { this.isPublic = isPublic; }
    public String getAnswerText() { return answerText; }
    public AnswerKind getAnswerKind() { return answerKind; }
    public String getAnswerDocumentNumber() { return answerDocumentNumber; }
    public LocalDate getAnswerDocumentDate() { return answerDocumentDate; }
    public Long getForwardedToAgencyId() { return forwardedToAgencyId; }
    public LocalDate getForwardedOn() { return forwardedOn; }
    public String getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(String rejectionReason) { this.rejectionReason = rejectionReason; }
    public int getReopenCount() { return reopenCount; }
    public boolean isSynthetic() { return synthetic; }
    public void setSynthetic(boolean synthetic) { this.synthetic = synthetic; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Long> getCoordinatorAgencyIds() { return Set.copyOf(coordinatorAgencyIds); }
    public Set<Long> getDdciComponentIds() { return Set.copyOf(ddciComponentIds); }
    public List<IssuePartyLink> getParties() { return List.copyOf(parties); }
}
