package vn.pcitracker.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the administrator narrows the log to; every part is optional (null or blank: any). Days are the province's
 * (Asia/Ho_Chi_Minh), both ends included. Actor, action, target and address match from their start.
 *
 * @param action          a code, or a family of codes ({@code IssueService} for {@code IssueService.assign}...)
 * @param actionsLabelled codes whose label, in the administrator's language, holds what was typed as the action:
 *                        these match too (never null)
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, Set<String> actionsLabelled,
                          String targetType, String targetId, AuditOutcome outcome, String clientAddress) {

    public AuditFilter {
        actionsLabelled = actionsLabelled == null ? Set.of() : Set.copyOf(actionsLabelled);
    }

    /** Without matching labels: the action is a code or a family of codes. */
    public AuditFilter(LocalDate from, LocalDate to, String actor, String action, String targetType, String targetId,
                       AuditOutcome outcome, String clientAddress) {
        this(from, to, actor, action, Set.of(), targetType, targetId, outcome, clientAddress);
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }
}
