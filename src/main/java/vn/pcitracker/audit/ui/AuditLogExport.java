package vn.pcitracker.audit.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.pcitracker.audit.AuditEntry;
import vn.pcitracker.audit.AuditOutcome;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The audit log as filtered, to Excel or CSV: every column the view shows, the time in UTC (ISO 8601). Role, action
 * and target type stay the stored codes, which other tools can match; the action's label follows its code.
 */
final class AuditLogExport {

    static final String FILE_NAME = "nhat-ky-kiem-toan";

    private static final String KEY = "audit.AuditLogExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<AuditEntry> table;

    AuditLogExport(Component owner, Locale locale, AuditLabels labels) {
        this.locale = locale;
        java.util.Map<AuditOutcome, String> outcomes = new java.util.EnumMap<>(AuditOutcome.class);
        for (AuditOutcome outcome : AuditOutcome.values()) {
            outcomes.put(outcome, owner.getTranslation(locale, AuditLogView.OUTCOME_KEY + outcome.name()));
        }
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.integer(KEY + "id", 10, AuditEntry::id),
                ExportColumn.text(KEY + "occurredAt", 22, entry -> AuditLogView.UTC.format(entry.occurredAt())),
                ExportColumn.text(KEY + "actor", 20, AuditEntry::actor),
                ExportColumn.text(KEY + "role", 18, AuditEntry::actorRole),
                ExportColumn.text(KEY + "action", 30, AuditEntry::action),
                ExportColumn.text(KEY + "actionLabel", 40, entry -> labels.action(entry.action())),
                ExportColumn.text(KEY + "targetType", 18, AuditEntry::targetType),
                ExportColumn.text(KEY + "targetId", 14, AuditEntry::targetId),
                ExportColumn.text(KEY + "outcome", 14, entry -> outcomes.get(entry.outcome())),
                ExportColumn.text(KEY + "clientAddress", 18, AuditEntry::clientAddress),
                ExportColumn.text(KEY + "details", 60, AuditEntry::details));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the rows as they come; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, Stream<AuditEntry> entries) {
        table.write(format, entries, out, locale, texts);
    }
}
