package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import vn.pcitracker.shared.Role;

@SpringBootTest
class SessionServiceTest {

    private static final String PASSWORD = "mot-mat-khau-dai-2026";

    @Autowired ApplicationContext context;
    @Autowired SessionService sessions;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    private AccountSummary newLeader() {
        TestLogins.signIn(context, "admin");
        return accounts.create(new AccountForm("sess-" + UUID.randomUUID().toString().substring(0, 8), "Lãnh đạo thử",
                null, Role.LEADER, null, null), PASSWORD);
    }

    private MockHttpSession signedInSession(AccountSummary account) {
        return TestLogins.signedInSession(context, account.username(), "10.3.3.3");
    }

    @Test
    void anAdministratorSeesASignedInSessionAndEndsItAtOnce() {
        AccountSummary leader = newLeader();
        MockHttpSession session = signedInSession(leader);

        ActiveSession listed = sessions.activeSessions().stream()
                .filter(s -> s.username().equals(leader.username())).findFirst().orElseThrow();
        assertThat(listed.role()).isEqualTo(Role.LEADER);
        assertThat(listed.address()).isEqualTo("10.3.3.3");

        assertThat(sessions.end(listed.handle())).isTrue();
        assertThat(session.isInvalid()).isTrue();
        assertThat(sessions.activeSessions()).extracting(ActiveSession::username).doesNotContain(leader.username());
    }

    @Test
    void disablingAnAccountEndsAllItsSessionsAtOnce() {
        AccountSummary leader = newLeader();
        MockHttpSession first = signedInSession(leader);
        MockHttpSession second = signedInSession(leader);

        accounts.setEnabled(leader.id(), false, leader.version());

        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(sessions.activeSessions()).extracting(ActiveSession::username).doesNotContain(leader.username());
    }

    @Test
    void aRefusedDisableEndsNoSession() {
        AccountSummary leader = newLeader();
        MockHttpSession session = signedInSession(leader);

        assertThatThrownBy(() -> accounts.setEnabled(leader.id(), false, leader.version() + 7)).isInstanceOf(RuntimeException.class);

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void nobodyButAnAdministratorSeesOrEndsSessions() {
        AccountSummary leader = newLeader();
        signedInSession(leader);
        String handle = sessions.activeSessions().getFirst().handle();

        for (String who : new String[] {"leader", "investment", "agency", "association"}) {
            TestLogins.signIn(context, who);
            assertThatThrownBy(() -> sessions.activeSessions()).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.end(handle)).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
