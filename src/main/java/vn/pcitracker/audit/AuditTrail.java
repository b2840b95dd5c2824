package vn.pcitracker.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit log. {@link #record} joins the caller's transaction when there is one, so a change that
 * rolls back leaves no record of itself; {@link #recordIndependently} commits at once, for failures and refusals,
 * which must stay recorded although the caller's transaction rolls back. Who acted comes from the security
 * context, from where from the current request. Every text is {@linkplain LogText#neutralise neutralised}.
 */
@Component
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String INSERT = """
            INSERT INTO audit_log (actor, actor_role, action, target_type, target_id, outcome, client_address, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final ClientAddress clientAddress;
    private final TransactionTemplate independent;

    AuditTrail(JdbcTemplate jdbc, ClientAddress clientAddress, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clientAddress = clientAddress;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records what the signed-in user (or the system) did, in the caller's transaction if any. */
    public void record(String action, String targetType, Object targetId, AuditOutcome outcome, String details) {
        insert(current(), action, targetType, targetId, outcome, details);
    }

    /** Records in a transaction of its own, committed even when the caller's rolls back. */
    public void recordIndependently(String action, String targetType, Object targetId, AuditOutcome outcome,
                                    String details) {
        AuditActor actor = current();
        independent.executeWithoutResult(status -> insert(actor, action, targetType, targetId, outcome, details));
    }

    /** For the security events, which name who acted (or tried to) before the security context does. */
    void recordIndependently(Authentication who, String action, String targetType, Object targetId,
                             AuditOutcome outcome, String details) {
        AuditActor actor = AuditActor.of(who);
        independent.executeWithoutResult(status -> insert(actor, action, targetType, targetId, outcome, details));
    }

    /** As {@link #recordIndependently(Authentication, String, String, Object, AuditOutcome, String)} for a name only. */
    void recordIndependently(String actorName, String action, AuditOutcome outcome, String details) {
        AuditActor actor = actorName == null || actorName.isBlank() ? AuditActor.ANONYMOUS : new AuditActor(actorName, null);
        independent.executeWithoutResult(status -> insert(actor, action, null, null, outcome, details));
    }

    private AuditActor current() {
        return AuditActor.of(SecurityContextHolder.getContext().getAuthentication());
    }

    private void insert(AuditActor actor, String action, String targetType, Object targetId, AuditOutcome outcome,
                        String details) {
        String safeActor = LogText.neutralise(actor.name(), AuditEntry.ACTOR_MAX);
        String safeAction = LogText.neutralise(action, AuditEntry.ACTION_MAX);
        String safeTarget = LogText.neutralise(targetId == null ? null : targetId.toString(), AuditEntry.TARGET_ID_MAX);
        jdbc.update(INSERT, safeActor, actor.role(), safeAction,
                LogText.neutralise(targetType, AuditEntry.TARGET_TYPE_MAX), safeTarget, outcome.name(),
                LogText.neutralise(clientAddress.current(), AuditEntry.ADDRESS_MAX),
                LogText.neutralise(details, AuditEntry.DETAILS_MAX));
        if (outcome != AuditOutcome.SUCCESS) {
            LOG.info("Audit: {} {} {} {} by {}", outcome, safeAction, targetType == null ? "" : LogText.neutralise(targetType, 80),
                    safeTarget == null ? "" : safeTarget, safeActor);
        }
    }
}
