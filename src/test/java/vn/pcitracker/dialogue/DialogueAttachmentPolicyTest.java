package vn.pcitracker.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.attachment.AttachmentInfo;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/** Files of a dialogue session: officers add them, leaders and agencies read them, associations see none. */
@SpringBootTest
class DialogueAttachmentPolicyTest {

    @Autowired ApplicationContext context;
    @Autowired DialogueService dialogues;
    @Autowired AgencyService agencies;
    @Autowired AttachmentService attachments;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void anOfficerAttachesMinutesThatLeadersReadButCannotChangeAndAssociationsNeverSee() {
        TestLogins.signIn(context, "investment");
        long hostId = agencies.findByCode("S-TC").orElseThrow().id();
        DialogueSummary session = dialogues.create(new DialogueForm(DialogueKind.MONTHLY, "Phiên có tài liệu " + UUID.randomUUID(),
                LocalDate.of(2026, 6, 18), null, hostId, null, Set.of(), 50, null));
        AttachmentInfo minutes = attachments.store(DialogueAttachmentPolicy.OWNER_TYPE, session.id(), "bien-ban.txt",
                new ByteArrayInputStream("Biên bản hội nghị".getBytes(StandardCharsets.UTF_8)));

        TestLogins.signIn(context, "leader");
        assertThat(attachments.list(DialogueAttachmentPolicy.OWNER_TYPE, session.id())).extracting(AttachmentInfo::id)
                .containsExactly(minutes.id());
        assertThatThrownBy(() -> attachments.remove(minutes.id())).isInstanceOf(AccessDeniedException.class);

        TestLogins.signIn(context, "association");
        assertThat(attachments.list(DialogueAttachmentPolicy.OWNER_TYPE, session.id())).isEmpty();
        assertThat(attachments.open(minutes.id())).isEmpty();
    }
}
