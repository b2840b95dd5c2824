package vn.pcitracker.issue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A dialogue session the issue passed through ({@code issue_dialogue}): raised there or carried over to it. */
@Embeddable
public class IssueDialogueLink {

    @Column(name = "dialogue_id", nullable = false)
    private Long dialogueId;
    @Column(name = "carried_at", nullable = false)
    private Instant carriedAt;

    protected IssueDialogueLink() {
    }

    public IssueDialogueLink(long dialogueId, Instant carriedAt) {
        this.dialogueId = dialogueId;
        this.carriedAt = carriedAt;
    }

    public Long getDialogueId() { return dialogueId; }
    public Instant getCarriedAt() { return carriedAt; }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssueDialogueLink link && Objects.equals(dialogueId, link.dialogueId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(dialogueId);
    }
}
