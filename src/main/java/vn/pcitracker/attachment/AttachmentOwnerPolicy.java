package vn.pcitracker.attachment;

/**
 * Who may see and change the files of one kind of record. The module that owns the record (for example the
 * issue module for {@code "ISSUE"}) provides a Spring bean; {@link AttachmentService} asks it on every call,
 * for the signed-in user, and refuses owner types that no bean answers for.
 */
public interface AttachmentOwnerPolicy {

    /** A short constant such as {@code "ISSUE"} (at most 30 characters), stored with each file. */
    String ownerType();

    /** Whether the signed-in user may see the record and so list and download its files. */
    boolean canRead(long ownerId);

    /** Whether the signed-in user may add files to the record and remove them. */
    boolean canWrite(long ownerId);
}
