package vn.pcitracker.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.issue.DialogueDirectory;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.organization.AgencyService;

@SpringBootTest
@WithMockUser(roles = "INVESTMENT_OFFICER")
class DialogueDirectoryTest {

    @Autowired DialogueDirectory directory;
    @Autowired DialogueService dialogues;
    @Autowired AgencyService agencies;

    @Test
    void findsASessionAsTheIssueModuleShowsIt() {
        DialogueSummary session = create(LocalDate.of(2026, 7, 16));

        assertThat(directory.find(session.id())).hasValue(new DialogueRef(session.id(), session.title(), session.heldOn()));
        assertThat(directory.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void offersRecentSessionsNewestFirstUpToTheLimit() {
        DialogueSummary newest = create(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(360));

        assertThat(directory.recent(3)).hasSize(3).first().extracting(DialogueRef::heldOn)
                .satisfies(heldOn -> assertThat(heldOn).isAfterOrEqualTo(newest.heldOn()));
        assertThat(directory.recent(50)).extracting(DialogueRef::heldOn).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(directory.recent(50)).extracting(DialogueRef::id).contains(newest.id());
        assertThat(directory.recent(0)).isEmpty();
    }

    private DialogueSummary create(LocalDate heldOn) {
        return dialogues.create(new DialogueForm(DialogueKind.ONLINE, "Phiên cho danh bạ " + UUID.randomUUID(), heldOn,
                null, agencies.findByCode("S-TC").orElseThrow().id(), null, Set.of(), null, null));
    }
}
