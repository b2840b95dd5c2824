package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.Role;

@SpringBootTest
class SessionServiceTest {

    private static final String PASSWORD = "mot-mat-khau-dai-2026";

    @Autowired ApplicationContext context;
    @Autowired SessionService sessions;
    @Autowired AccountService accounts;
    @Autowired AgencyService agencies;
    @Autowired JdbcTemplate jdbc;

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

        long lastAudit = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
        assertThat(sessions.end(listed.handle())).isTrue();
        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.queryForList("SELECT actor || ' ' || action || ' ' || outcome FROM audit_log WHERE id > ?",
                String.class, lastAudit)).containsExactly("admin SessionService.end SUCCESS");
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
    void aPasswordResetByAnAdministratorEndsAllTheAccountsSessionsAtOnce() {
        AccountSummary leader = newLeader();
        MockHttpSession first = signedInSession(leader);
        MockHttpSession second = signedInSession(leader);

        accounts.resetPassword(leader.id(), "mat-khau-moi-that-dai-2026");

        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(sessions.activeSessions()).extracting(ActiveSession::username).doesNotContain(leader.username());
    }

    @Test
    void aChangeOfRoleOrAgencyEndsAllTheAccountsSessionsButANewNameEndsNone() {
        AccountSummary leader = newLeader();
        MockHttpSession session = signedInSession(leader);

        AccountSummary renamed = accounts.update(leader.id(), new AccountForm(leader.username(), "Tên mới",
                "moi@example.vn", Role.LEADER, null, null), leader.version());
        assertThat(session.isInvalid()).isFalse();

        accounts.update(leader.id(), new AccountForm(leader.username(), "Tên mới", "moi@example.vn",
                Role.INVESTMENT_OFFICER, null, null), renamed.version());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aChangeOfAnOfficersAgencyEndsItsSessions() {
        TestLogins.signIn(context, "admin");
        AccountSummary agency = accounts.search("agency").stream().filter(a -> a.username().equals("agency"))
                .findFirst().orElseThrow();
        AccountSummary officer = accounts.create(new AccountForm("sess-" + UUID.randomUUID().toString().substring(0, 8),
                "Cán bộ thử", null, Role.AGENCY_OFFICER, agency.agencyId(), null), PASSWORD);
        long otherAgency = agencies.activeAgencies().stream().mapToLong(AgencySummary::id)
                .filter(id -> id != agency.agencyId()).findFirst().orElseThrow();
        MockHttpSession session = signedInSession(officer);

        accounts.update(officer.id(), new AccountForm(officer.username(), "Cán bộ thử", null, Role.AGENCY_OFFICER,
                otherAgency, null), officer.version());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anAdministratorResettingTheirOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        AccountSummary admin = newAdministrator();
        TestLogins.signIn(context, admin.username());
        MockHttpSession here = signedInSession(admin);
        MockHttpSession elsewhere = signedInSession(admin);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            accounts.resetPassword(admin.id(), "mat-khau-moi-that-dai-2026");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(here.isInvalid()).isFalse();
        assertThat(elsewhere.isInvalid()).isTrue();
    }

    private AccountSummary newAdministrator() {
        TestLogins.signIn(context, "admin");
        return accounts.create(new AccountForm("sess-" + UUID.randomUUID().toString().substring(0, 8), "Quản trị thử",
                null, Role.ADMIN, null, null), PASSWORD);
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
