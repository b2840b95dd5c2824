package vn.pcitracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.http.MediaType;
import vn.pcitracker.api.ApiKeyService;
import vn.pcitracker.api.ApiTestSupport;
import vn.pcitracker.api.IssuedApiKey;
import vn.pcitracker.api.NewApiKey;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExported;

/** The audit log on the real PostgreSQL of the shared test context: what is recorded, how, and who may read it. */
@SpringBootTest
class AuditLogServiceTest {

    @Autowired WebApplicationContext context;
    @Autowired AuditLogService log;
    @Autowired AuditTrail trail;
    @Autowired ApiKeyService apiKeys;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    private List<AuditEntry> entries(AuditFilter filter) {
        TestLogins.signIn(context, "admin");
        return log.entries(filter, 0, 50);
    }

    private static AuditFilter byActor(String actor) {
        return new AuditFilter(null, null, actor, null, null, null, null, null);
    }

    private static AuditFilter byTarget(String type, Object id) {
        return new AuditFilter(null, null, null, null, type, String.valueOf(id), null, null);
    }

    private IssuedApiKey issueKey(String label) {
        TestLogins.signIn(context, "admin");
        return apiKeys.issue(new NewApiKey(label, null, "Kênh kiểm toán", 60));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
                                                                                                  String password) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from("198.51.100.23"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theApplicationsOwnConnectionCanNeitherChangeNorDeleteNorTruncateARecord() {
        TestLogins.signIn(context, "admin");
        trail.record("test.appendOnly", "test", UUID.randomUUID(), AuditOutcome.SUCCESS, "bất biến");
        long id = jdbc.queryForObject("SELECT max(id) FROM audit_log", Long.class);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor = 'someone-else' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_log is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_log is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_log is append-only: TRUNCATE refused");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log WHERE id = ?", String.class, id)).isEqualTo("admin");
    }

    @Test
    void aStateChangingServiceCallIsRecordedWithWhoWhatWhenAndTheIdItCreated() {
        IssuedApiKey key = issueKey("Khóa kiểm toán " + UUID.randomUUID());

        List<AuditEntry> recorded = entries(byTarget("ApiKey", key.summary().id()));

        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.actorRole()).isEqualTo("ADMIN");
            assertThat(entry.action()).isEqualTo("ApiKeyService.issue");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(entry.occurredAt()).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());
            assertThat(entry.details()).as("no text of the form, nor the key").isNull();
        });
    }

    @Test
    void aRevocationIsRecordedWithTheKeyAsTarget() {
        IssuedApiKey key = issueKey("Thu hồi kiểm toán " + UUID.randomUUID());

        apiKeys.revoke(key.summary().id());

        assertThat(entries(byTarget("ApiKey", key.summary().id()))).extracting(AuditEntry::action)
                .containsExactly("ApiKeyService.revoke", "ApiKeyService.issue");
    }

    @Test
    void aChangeThatRollsBackLeavesNoRecordOfItself() {
        IssuedApiKey key = issueKey("Hoàn tác " + UUID.randomUUID());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            apiKeys.revoke(key.summary().id());
            status.setRollbackOnly();
        });

        assertThat(entries(byTarget("ApiKey", key.summary().id()))).extracting(AuditEntry::action)
                .containsExactly("ApiKeyService.issue");
    }

    @Test
    void aFailedChangeIsRecordedAlthoughItsTransactionRollsBack() {
        String actor = "admin";
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
        TestLogins.signIn(context, actor);

        assertThatThrownBy(() -> apiKeys.issue(new NewApiKey(" ", null, null, 0))).isInstanceOf(ValidationException.class);

        assertThat(entries(byActor(actor))).filteredOn(e -> e.id() > before)
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("ApiKeyService.issue");
                    assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
                    assertThat(entry.details()).startsWith("ValidationException");
                });
    }

    @Test
    void aServiceCallRefusedByMethodSecurityIsRecordedAsRefused() {
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
        TestLogins.signIn(context, "agency");

        assertThatThrownBy(() -> apiKeys.keys()).isInstanceOf(AccessDeniedException.class);

        assertThat(entries(new AuditFilter(null, null, "agency", "access", null, null, AuditOutcome.REFUSED, null)))
                .filteredOn(e -> e.id() > before).singleElement().satisfies(entry -> {
                    assertThat(entry.actorRole()).isEqualTo("AGENCY_OFFICER");
                    assertThat(entry.details()).isEqualTo("ApiKeyService.keys");
                });
    }

    @Test
    void readingTheLogIsForAdministratorsOnly() {
        TestLogins.signIn(context, "leader");

        assertThatThrownBy(() -> log.entries(AuditFilter.everything(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLoginAFailedLoginAndALogoutAreRecordedWithTheClientAddress() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);

        mvc.perform(login("association", "not-the-password"));
        MockHttpSession session = (MockHttpSession) mvc.perform(login("association", "demo")).andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf()).with(from("198.51.100.23")));

        List<AuditEntry> recorded = entries(new AuditFilter(null, null, "association", null, null, null, null,
                "198.51.100.23")).stream().filter(e -> e.id() > before).toList();
        assertThat(recorded).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("logout", AuditOutcome.SUCCESS),
                org.assertj.core.groups.Tuple.tuple("login", AuditOutcome.SUCCESS),
                org.assertj.core.groups.Tuple.tuple("login", AuditOutcome.FAILED));
        assertThat(recorded.getLast().details()).isEqualTo("BadCredentialsException");
        assertThat(recorded.get(1).actorRole()).isEqualTo("ASSOCIATION_REP");
    }

    @Test
    void aUsernameForgingALogLineIsStoredNeutralised() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String forged = "x" + UUID.randomUUID().toString().substring(0, 6) + "\r\n2026-01-01 login SUCCESS admin\u001b[2J";

        mvc.perform(login(forged, "whatever"));

        String stored = forged.replace("\r", "\\r").replace("\n", "\\n").replace("\u001b", "\\u001b");
        assertThat(entries(byActor(stored))).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(entry.actor()).doesNotContainPattern("\\p{Cntrl}");
        });
    }

    @Test
    void detailsWithControlCharactersAreStoredAsVisibleEscapes() {
        String marker = UUID.randomUUID().toString();
        TestLogins.signIn(context, "investment");

        trail.record("test.injection", "test", marker, AuditOutcome.SUCCESS, "dòng một\ndòng hai\t\u001b[31m");

        assertThat(entries(byTarget("test", marker))).singleElement().extracting(AuditEntry::details)
                .isEqualTo("dòng một\\ndòng hai\\t\\u001b[31m");
    }

    @Test
    void anExportIsRecordedWithTheFileAndFormat() {
        String file = "xuat-" + UUID.randomUUID() + ".csv";
        TestLogins.signIn(context, "leader");

        events.publishEvent(new TableExported(file, ExportFormat.CSV));

        assertThat(entries(byTarget("file", file))).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("export");
            assertThat(entry.actor()).isEqualTo("leader");
            assertThat(entry.details()).isEqualTo("CSV");
        });
    }

    @Test
    void theFiltersNarrowByPeriodOutcomeAndActionFamilyNewestFirst() {
        IssuedApiKey key = issueKey("Lọc " + UUID.randomUUID());
        apiKeys.revoke(key.summary().id());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String id = String.valueOf(key.summary().id());

        assertThat(entries(new AuditFilter(today, today, "admin", "ApiKeyService", "ApiKey", id, AuditOutcome.SUCCESS, null)))
                .extracting(AuditEntry::action).containsExactly("ApiKeyService.revoke", "ApiKeyService.issue");
        assertThat(entries(new AuditFilter(today.plusDays(1), null, null, null, "ApiKey", id, null, null))).isEmpty();
        assertThat(entries(new AuditFilter(null, today.minusDays(1), null, null, "ApiKey", id, null, null))).isEmpty();
        assertThat(entries(new AuditFilter(null, null, null, "ApiKeyService.rev", "ApiKey", id, null, null))).isEmpty();
        assertThat(entries(new AuditFilter(null, null, null, null, "ApiKey", id, AuditOutcome.FAILED, null))).isEmpty();
    }

    @Test
    void keysetPagesReadOlderRowsWithoutOverlap() {
        IssuedApiKey key = issueKey("Trang " + UUID.randomUUID());
        apiKeys.revoke(key.summary().id());
        AuditFilter filter = byTarget("ApiKey", key.summary().id());
        TestLogins.signIn(context, "admin");

        List<AuditEntry> first = log.entriesBefore(filter, null, 1);
        List<AuditEntry> second = log.entriesBefore(filter, first.getFirst().id(), 1);

        assertThat(first).extracting(AuditEntry::action).containsExactly("ApiKeyService.revoke");
        assertThat(second).extracting(AuditEntry::action).containsExactly("ApiKeyService.issue");
        assertThat(log.entriesBefore(filter, second.getFirst().id(), 1)).isEmpty();
    }

    @Test
    void aChangeMadeWithAnApiKeyIsRecordedUnderTheKeysName() throws Exception {
        ApiTestSupport api = new ApiTestSupport(context);
        IssuedApiKey key = api.associationKey(60);
        String body = """
                {"title": "%s", "content": "Kiểm toán khóa API", "fieldId": %d, "isPublic": false}"""
                .formatted(ApiTestSupport.unique("Kiểm toán API"), api.constructionField);

        String created = api.mvc.perform(post("/api/v1/recommendations").contentType(MediaType.APPLICATION_JSON)
                .content(body).header("X-API-Key", key.secret())).andReturn().getResponse().getContentAsString();

        String id = created.replaceAll("(?s)^.*?\"id\"\\s*:\\s*(\\d+).*$", "$1");
        assertThat(entries(byActor("api:" + key.summary().label()))).singleElement().satisfies(entry -> {
            assertThat(entry.targetId()).isEqualTo(id);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }
}
