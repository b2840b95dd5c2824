package vn.pcitracker.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The bytes of one attachment, keyed by the attachment's id; written once, never changed. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    /** Null until saved: with an assigned id, this is how Spring Data tells a new row from a stored one. */
    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
