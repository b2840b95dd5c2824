package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import vn.pcitracker.shared.Role;

class SessionDirectoryTest {

    private static final SignedInUser BINH = new SignedInUser(41, "binh", "Đỗ Văn Bình", Role.LEADER, null, null, Locale.of("vi"));
    private static final SignedInUser HA = new SignedInUser(42, "ha", "Nguyễn Thu Hà", Role.INVESTMENT_OFFICER, null, null, Locale.of("vi"));

    private final SessionDirectory directory = new SessionDirectory(Duration.ofHours(8));
    private final Instant morning = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void aSessionIsListedWithWhenItSignedInItsLastRequestAndItsAddressButNotItsId() {
        MockHttpSession session = new MockHttpSession();
        directory.requestOf(session, BINH, "10.0.0.7", morning);
        directory.requestOf(session, BINH, "10.0.0.8", morning.plusSeconds(90));

        assertThat(directory.list()).singleElement().satisfies(active -> {
            assertThat(active.username()).isEqualTo("binh");
            assertThat(active.signedInAt()).isEqualTo(morning);
            assertThat(active.lastRequestAt()).isEqualTo(morning.plusSeconds(90));
            assertThat(active.address()).isEqualTo("10.0.0.8");
            assertThat(active.handle()).hasSize(32).isNotEqualTo(session.getId());
        });
    }

    @Test
    void aSessionOlderThanItsAbsoluteLifetimeIsEndedEvenWhileInUse() {
        MockHttpSession session = new MockHttpSession();
        assertThat(directory.requestOf(session, BINH, "10.0.0.7", morning)).isTrue();
        assertThat(directory.requestOf(session, BINH, "10.0.0.7", morning.plus(Duration.ofHours(7)))).isTrue();

        assertThat(directory.requestOf(session, BINH, "10.0.0.7", morning.plus(Duration.ofHours(8)).plusSeconds(1))).isFalse();
        assertThat(session.isInvalid()).isTrue();
        assertThat(directory.list()).isEmpty();
    }

    @Test
    void endingTheSessionsOfOneAccountLeavesTheOthersAlone() {
        MockHttpSession office = new MockHttpSession();
        MockHttpSession phone = new MockHttpSession();
        MockHttpSession colleague = new MockHttpSession();
        directory.requestOf(office, BINH, "10.0.0.7", morning);
        directory.requestOf(phone, BINH, "10.0.0.9", morning);
        directory.requestOf(colleague, HA, "10.0.0.5", morning);

        assertThat(directory.endAllOf(BINH.accountId())).isEqualTo(2);

        assertThat(office.isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(colleague.isInvalid()).isFalse();
        assertThat(directory.list()).extracting(ActiveSession::username).containsExactly("ha");
    }

    @Test
    void anUnknownHandleEndsNothing() {
        MockHttpSession session = new MockHttpSession();
        directory.requestOf(session, BINH, "10.0.0.7", morning);

        assertThat(directory.end("not-a-handle")).isFalse();
        assertThat(directory.end(null)).isFalse();
        assertThat(session.isInvalid()).isFalse();
    }
}
