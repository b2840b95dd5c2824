package vn.pcitracker.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.attachment.domain.Attachment;
import vn.pcitracker.attachment.domain.AttachmentContent;
import vn.pcitracker.attachment.domain.AttachmentContentRepository;
import vn.pcitracker.attachment.domain.AttachmentRepository;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ValidationException;

/**
 * Stores, lists, opens and removes the files attached to records of other modules. Which user may see or
 * change the files of a record is the owning module's answer, given by its {@link AttachmentOwnerPolicy};
 * a file whose record the user may not see behaves as if it did not exist. Uploads are checked here, not in
 * the browser: at most {@code app.attachments.max-bytes}, a type detected from the content that is on the
 * accepted list, and a name whose extension agrees with that type.
 */
@Service
public class AttachmentService {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final CurrentUser currentUser;
    private final Map<String, AttachmentOwnerPolicy> policies;
    private final ContentTypeDetector detector = new ContentTypeDetector();
    private final long maxBytes;

    AttachmentService(AttachmentRepository attachments, AttachmentContentRepository contents, CurrentUser currentUser,
                      List<AttachmentOwnerPolicy> policies,
                      @Value("${app.attachments.max-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.attachments = attachments;
        this.contents = contents;
        this.currentUser = currentUser;
        // Two modules claiming one owner type would make access depend on bean order: refuse to start.
        this.policies = policies.stream().collect(Collectors.toUnmodifiableMap(AttachmentOwnerPolicy::ownerType,
                Function.identity()));
        this.maxBytes = maxBytes;
    }

    /** The files of a record, oldest first; none if the user may not see the record. */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(String ownerType, long ownerId) {
        if (!policy(ownerType).canRead(ownerId)) {
            return List.of();
        }
        return attachments.findByOwnerTypeAndOwnerIdAndRemovedAtIsNullOrderByUploadedAtAscIdAsc(ownerType, ownerId)
                .stream().map(Attachment::toInfo).toList();
    }

    /**
     * Reads at most the limit and one byte of {@code content}, checks it and stores it with the signed-in
     * user as uploader. Nothing is stored when a check fails ({@link ValidationException} with the reason).
     */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional
    public AttachmentInfo store(String ownerType, long ownerId, String filename, InputStream content) {
        AttachmentOwnerPolicy policy = policy(ownerType);
        if (!policy.canRead(ownerId)) {
            throw new RecordNotFoundException(ownerType, ownerId);
        }
        if (!policy.canWrite(ownerId)) {
            throw new AccessDeniedException("May not add files to " + ownerType + " " + ownerId);
        }
        SignedInUser user = currentUser.require();
        byte[] bytes = readAtMost(content, maxBytes + 1);
        String name = FileNames.sanitise(filename);
        FileType type = check(name, bytes);

        Attachment attachment = attachments.saveAndFlush(new Attachment(ownerType, ownerId, name, type.mediaType(),
                bytes.length, sha256(bytes), user.accountId(), user.displayName(), now()));
        contents.save(new AttachmentContent(attachment.getId(), bytes));
        return attachment.toInfo();
    }

    /** The file with its bytes, if it exists, is not removed and the user may see its record. */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<StoredFile> open(long id) {
        return visible(id).flatMap(attachment -> contents.findById(id)
                .map(content -> new StoredFile(attachment.toInfo(), content.getBytes())));
    }

    /** Takes the file off its record; it is kept, marked with who removed it and when. */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional
    public void remove(long id) {
        Attachment attachment = visible(id).orElseThrow(() -> new RecordNotFoundException("Attachment", id));
        if (!policies.get(attachment.getOwnerType()).canWrite(attachment.getOwnerId())) {
            throw new AccessDeniedException("May not remove files of " + attachment.getOwnerType() + " "
                    + attachment.getOwnerId());
        }
        attachment.markRemoved(currentUser.require().accountId(), now());
    }

    /** The largest file accepted, in bytes, so that an upload field can refuse bigger ones before sending. */
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public long maxBytes() {
        return maxBytes;
    }

    private Optional<Attachment> visible(long id) {
        return attachments.findById(id)
                .filter(attachment -> !attachment.isRemoved())
                .filter(attachment -> {
                    AttachmentOwnerPolicy policy = policies.get(attachment.getOwnerType());
                    return policy != null && policy.canRead(attachment.getOwnerId());
                });
    }

    private AttachmentOwnerPolicy policy(String ownerType) {
        AttachmentOwnerPolicy policy = ownerType == null ? null : policies.get(ownerType);
        if (policy == null) {
            throw new AccessDeniedException("No attachment policy for owner type " + ownerType);
        }
        return policy;
    }

    private FileType check(String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new ValidationException("file", "attachment.AttachmentService.tooLarge", maxBytes / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new ValidationException("file", "attachment.AttachmentService.empty");
        }
        String extension = FileNames.extension(name);
        FileType type = detector.detect(bytes, extension).orElseThrow(() ->
                new ValidationException("file", "attachment.AttachmentService.typeNotAllowed"));
        if (!type.fits(extension)) {
            throw new ValidationException("file", "attachment.AttachmentService.extensionMismatch",
                    type.extensions().getFirst().toUpperCase(java.util.Locale.ROOT));
        }
        return type;
    }

    /** To the microsecond, as PostgreSQL keeps it, so what store returns equals what list reads back. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] readAtMost(InputStream content, long limit) {
        try (InputStream in = content) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
