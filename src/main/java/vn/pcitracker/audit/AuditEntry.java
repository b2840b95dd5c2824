package vn.pcitracker.audit;

import java.time.Instant;

/**
 * One row of the audit log, as stored: every text already {@linkplain LogText#neutralise neutralised}.
 *
 * @param actor         a username, {@code anonymous}, {@code system}, or {@code api:<key label>}
 * @param action        a code: {@code login}, {@code logout}, {@code access}, {@code export}, or the service call
 *                      that changed something, e.g. {@code IssueService.assign}
 * @param clientAddress the client's IP address, behind a trusted proxy the one it forwarded
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRole, String action,
                         String targetType, String targetId, AuditOutcome outcome, String clientAddress,
                         String details) {

    public static final int ACTOR_MAX = 200;
    public static final int ACTION_MAX = 120;
    public static final int TARGET_TYPE_MAX = 80;
    public static final int TARGET_ID_MAX = 80;
    public static final int ADDRESS_MAX = 64;
    public static final int DETAILS_MAX = 1000;
}
