package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.pcitracker.ViewTestBase;

/** A view the user's role may not open is refused and recorded in the audit log; an allowed one leaves no record. */
class NavigationRefusalsViewTest extends ViewTestBase {

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** The audit reads the client address from the current servlet request, as in a real Vaadin request. */
    private static void requestFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private long lastAuditId() {
        return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
    }

    private List<Map<String, Object>> recordedSince(long id) {
        return jdbc.queryForList("""
                SELECT actor, actor_role, action, target_type, target_id, outcome, client_address, details, occurred_at
                FROM audit_log WHERE id > ? ORDER BY id""", id);
    }

    @Test
    void anAgencyOfficerOpeningTheAuditLogIsRefusedAndTheRefusalIsRecordedWithRouteAndAddress() {
        signInAs("agency");
        requestFrom("10.9.8.7");
        long before = lastAuditId();

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);

        List<Map<String, Object>> recorded = recordedSince(before);
        assertThat(recorded).hasSize(1);
        Map<String, Object> refusal = recorded.getFirst();
        assertThat(refusal).containsEntry("actor", "agency").containsEntry("actor_role", "AGENCY_OFFICER")
                .containsEntry("action", "access").containsEntry("target_type", "route")
                .containsEntry("target_id", "/admin/audit").containsEntry("outcome", "REFUSED")
                .containsEntry("client_address", "10.9.8.7").containsEntry("details", "AuditLogView");
        assertThat(((java.sql.Timestamp) refusal.get("occurred_at")).toInstant())
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
    }

    @Test
    void anAllowedRouteAddsNoRecord() {
        signInAs("admin");
        long before = lastAuditId();

        UI.getCurrent().navigate("admin/audit");

        assertThat(recordedSince(before)).isEmpty();
    }

    @Test
    void anAnonymousVisitorSentToTheLoginIsNotRecordedAsARefusal() {
        openAnonymously();
        long before = lastAuditId();

        UI.getCurrent().navigate("admin/audit");

        assertThat(recordedSince(before)).isEmpty();
    }
}
