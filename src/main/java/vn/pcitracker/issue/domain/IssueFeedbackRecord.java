package vn.pcitracker.issue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.pcitracker.issue.FeedbackEntry;

/** The submitter's verdict on one answer ({@code issue_feedback}), possibly recorded by an officer on their behalf. */
@Entity
@Immutable
@Table(name = "issue_feedback")
public class IssueFeedbackRecord {

    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "issue_id", nullable = false)
    private Long issueId;
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;
    @Column(name = "satisfied", nullable = false)
    private boolean satisfied;
    @Column(name = "score", nullable = false)
    private int score;
    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;
    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;
    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;
    @Column(name = "association_id")
    private Long associationId;

    protected IssueFeedbackRecord() {
    }

    public IssueFeedbackRecord(long issueId, Instant givenAt, boolean satisfied, int score, String comment,
                               boolean onBehalf, long recordedBy, Long associationId) {
        this.issueId = issueId;
        this.givenAt = givenAt;
        this.satisfied = satisfied;
        this.score = score;
        this.comment = comment;
        this.onBehalf = onBehalf;
        this.recordedBy = recordedBy;
        this.associationId = associationId;
    }

    public FeedbackEntry toEntry() {
        return new FeedbackEntry(givenAt, satisfied, score, comment, onBehalf);
    }

    public Long getRecordedBy() { return recordedBy; }
    public Long getAssociationId() { return associationId; }
}
