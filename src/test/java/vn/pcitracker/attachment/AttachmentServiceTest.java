package vn.pcitracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.pcitracker.attachment.domain.AttachmentRepository;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.ValidationException.Violation;

@SpringBootTest
class AttachmentServiceTest {

    private static final String OWNER = TestOwnerPolicy.OWNER_TYPE;

    @Autowired
    private AttachmentService service;
    @Autowired
    private AttachmentRepository repository;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private ApplicationContext context;

    /** Each test attaches to an owner id of its own, so the shared database never mixes their files. */
    private final long ownerId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aStoredFileIsListedAndOpensWithItsBytesDetectedTypeAndChecksum() throws Exception {
        signInAs("investment");
        byte[] pdf = Samples.pdf();

        AttachmentInfo stored = service.store(OWNER, ownerId, "C:\\tmp\\Biên bản đối thoại.pdf", new ByteArrayInputStream(pdf));

        assertThat(stored.filename()).isEqualTo("Biên bản đối thoại.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.uploadedBy()).isEqualTo(currentUser.require().accountId());
        assertThat(stored.uploadedByName()).isEqualTo(currentUser.require().displayName());
        assertThat(service.list(OWNER, ownerId)).containsExactly(stored);
        StoredFile opened = service.open(stored.id()).orElseThrow();
        assertThat(opened.info()).isEqualTo(stored);
        assertThat(opened.content()).isEqualTo(pdf);
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingOneByteMoreAndNothingIsStored() {
        signInAs("investment");
        CountingEndlessPdf endless = new CountingEndlessPdf();

        assertThatThrownBy(() -> service.store(OWNER, ownerId, "lon.pdf", endless))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("attachment.AttachmentService.tooLarge"));
        assertThat(endless.read.get()).isEqualTo(service.maxBytes() + 1);
        assertThat(service.list(OWNER, ownerId)).isEmpty();
    }

    @Test
    void aProgramNamedPdfIsRefusedAsATypeNotAllowed() {
        signInAs("investment");

        assertRefused(() -> service.store(OWNER, ownerId, "cong-van.pdf", new ByteArrayInputStream(Samples.exe())),
                "attachment.AttachmentService.typeNotAllowed");
        assertThat(service.list(OWNER, ownerId)).isEmpty();
    }

    @Test
    void anImageNamedPdfIsRefusedAsAnExtensionMismatch() {
        signInAs("investment");

        assertRefused(() -> service.store(OWNER, ownerId, "scan.pdf", new ByteArrayInputStream(Samples.png())),
                "attachment.AttachmentService.extensionMismatch");
        assertThat(service.list(OWNER, ownerId)).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        signInAs("investment");

        assertRefused(() -> service.store(OWNER, ownerId, "rong.txt", InputStream.nullInputStream()),
                "attachment.AttachmentService.empty");
    }

    @Test
    void aUserWhoMayNotSeeTheRecordSeesNoFilesAndCannotTouchThem() {
        signInAs("investment");
        AttachmentInfo stored = service.store(OWNER, ownerId, "a.pdf", new ByteArrayInputStream(Samples.pdf()));

        signInAs("association");

        assertThat(service.list(OWNER, ownerId)).isEmpty();
        assertThat(service.open(stored.id())).isEmpty();
        assertThatThrownBy(() -> service.remove(stored.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> service.store(OWNER, ownerId, "b.pdf", new ByteArrayInputStream(Samples.pdf())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aReaderSeesAndOpensFilesButMayNotAddOrRemoveThem() {
        signInAs("investment");
        AttachmentInfo stored = service.store(OWNER, ownerId, "a.pdf", new ByteArrayInputStream(Samples.pdf()));

        signInAs("leader");

        assertThat(service.list(OWNER, ownerId)).containsExactly(stored);
        assertThat(service.open(stored.id())).isPresent();
        assertThatThrownBy(() -> service.remove(stored.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.store(OWNER, ownerId, "b.pdf", new ByteArrayInputStream(Samples.pdf())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.list(OWNER, ownerId)).hasSize(1);
    }

    @Test
    void aRemovedFileIsGoneFromListAndDownloadButKeptWithWhoRemovedIt() {
        signInAs("investment");
        AttachmentInfo kept = service.store(OWNER, ownerId, "giu.pdf", new ByteArrayInputStream(Samples.pdf()));
        AttachmentInfo removed = service.store(OWNER, ownerId, "go.png", new ByteArrayInputStream(Samples.png()));

        service.remove(removed.id());

        assertThat(service.list(OWNER, ownerId)).containsExactly(kept);
        assertThat(service.open(removed.id())).isEmpty();
        assertThatThrownBy(() -> service.remove(removed.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(repository.findById(removed.id())).hasValueSatisfying(row -> assertThat(row.isRemoved()).isTrue());
    }

    @Test
    void anOwnerTypeWithoutAPolicyIsRefused() {
        signInAs("admin");

        assertThatThrownBy(() -> service.list("NO_SUCH_OWNER", ownerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.store("NO_SUCH_OWNER", ownerId, "a.pdf", new ByteArrayInputStream(Samples.pdf())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> service.list(OWNER, ownerId)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.open(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void signInAs(String username) {
        TestLogins.signIn(context, username);
    }

    private static void assertRefused(Runnable store, String key) {
        assertThatThrownBy(store::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly(key));
    }

    /** A PDF that never ends, counting what was read from it. */
    private static final class CountingEndlessPdf extends InputStream {

        private final byte[] header = Samples.pdf();
        private final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            long position = read.getAndIncrement();
            return position < header.length ? header[(int) position] : ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
