package vn.pcitracker.attachment;

import java.time.Instant;

/**
 * A stored file as lists show it: the sanitised name, the type detected from its content (not the one the
 * browser claimed), its size and SHA-256, and who uploaded it when.
 */
public record AttachmentInfo(long id, String ownerType, long ownerId, String filename, String contentType,
                             long sizeBytes, String sha256, long uploadedBy, String uploadedByName,
                             Instant uploadedAt) {

    public static final int OWNER_TYPE_MAX_LENGTH = 30;
    public static final int FILENAME_MAX_LENGTH = 255;

    /** Where a signed-in user downloads the file; the same access rule as {@link AttachmentService#open} applies. */
    public String downloadPath() {
        return "attachments/" + id;
    }
}
