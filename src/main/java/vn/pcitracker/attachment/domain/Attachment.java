package vn.pcitracker.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pcitracker.attachment.AttachmentInfo;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A stored file's metadata; its bytes live in {@link AttachmentContent}, so listing never reads them. */
@Entity
@Table(name = "attachment")
public class Attachment extends AbstractEntity {

    @Column(name = "owner_type", nullable = false, length = AttachmentInfo.OWNER_TYPE_MAX_LENGTH)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "filename", nullable = false, length = AttachmentInfo.FILENAME_MAX_LENGTH)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, length = 120)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private Long removedBy;

    protected Attachment() {
    }

    public Attachment(String ownerType, long ownerId, String filename, String contentType, long sizeBytes,
                      String sha256, long uploadedBy, String uploadedByName, Instant uploadedAt) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    public void markRemoved(long accountId, Instant when) {
        this.removedBy = accountId;
        this.removedAt = when;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public AttachmentInfo toInfo() {
        return new AttachmentInfo(getId(), ownerType, ownerId, filename, contentType, sizeBytes, sha256, uploadedBy,
                uploadedByName, uploadedAt);
    }
}
