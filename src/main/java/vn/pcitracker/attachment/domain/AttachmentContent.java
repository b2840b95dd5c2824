package vn.pcitracker.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** The bytes of one attachment, keyed by the attachment's id; written once, never changed. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent implements Persistable<Long> {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    /** The id is assigned, not generated, so Spring Data cannot tell a new row by a null id. */
    @Transient
    private boolean isNew;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
        this.isNew = true;
    }

    @Override
    public Long getId() {
        return attachmentId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
