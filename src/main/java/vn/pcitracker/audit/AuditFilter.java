package vn.pcitracker.audit;

import java.time.LocalDate;

/**
 * What the administrator narrows the log to; every part is optional (null or blank: any). Days are the province's
 * (Asia/Ho_Chi_Minh), both ends included. Actor, action, target and address match from their start.
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, String targetType,
                          String targetId, AuditOutcome outcome, String clientAddress) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }
}
