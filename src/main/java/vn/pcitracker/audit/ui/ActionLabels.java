package vn.pcitracker.audit.ui;

import java.util.Set;
import java.util.function.BiFunction;

/**
 * Readable names for the audit log's action codes, in the user's language. A code with a label of its own (the
 * security events, the account changes an administrator looks for first) shows it; any other call of a known
 * service shows the service's family with the method's name ("Tài khoản: resetPassword"); anything else, a service
 * added later included, shows its code. The code itself stays what is stored, filtered on and exported.
 */
final class ActionLabels {

    static final String KEY = "audit.ActionLabels.";

    /** Codes with a label of their own: {@code audit.ActionLabels.<code>}. */
    static final Set<String> OWN = Set.of("login", "logout", "access", "export",
            "AccountService.create", "AccountService.update", "AccountService.setEnabled",
            "AccountService.resetPassword", "AccountService.changeMyLanguage", "SessionService.end",
            "ApiKeyService.issue", "ApiKeyService.revoke");

    /** Services with a family label: {@code audit.ActionLabels.family.<Service>}, taking the method's name. */
    static final Set<String> FAMILIES = Set.of("AccountService", "SessionService", "ApiKeyService",
            "AgencyService", "AssociationService", "EnterpriseService", "IssueService", "IssueFieldService",
            "IssueImportService", "AssociationIssueService", "DialogueService", "AttachmentService",
            "NotificationService", "NotificationTemplateService", "CommitmentService", "CheckInService",
            "BottleneckService", "BottleneckOwnershipService", "LicensingProcedureService", "ConditionalLineService",
            "PciGoalService", "PciEditionService", "PciResultImportService", "DdciService", "DdciResultService",
            "CalendarService", "ReportScheduleService", "MonthlyReportService", "ReferenceDataService");

    private ActionLabels() {
    }

    /** The label of {@code code}, through {@code translate(key, parameter)}. */
    static String of(String code, BiFunction<String, Object, String> translate) {
        if (code == null) {
            return "";
        }
        if (OWN.contains(code)) {
            return translate.apply(KEY + code, null);
        }
        int dot = code.indexOf('.');
        if (dot > 0 && FAMILIES.contains(code.substring(0, dot))) {
            return translate.apply(KEY + "family." + code.substring(0, dot), code.substring(dot + 1));
        }
        return code;
    }
}
