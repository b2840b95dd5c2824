package vn.pcitracker.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.pcitracker.shared.export.TableExported;

/** Every list exported to Excel or CSV: who took which file, when, from where. */
@Component
class ExportAudit {

    static final String EXPORT = "export";

    private final AuditTrail trail;

    ExportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(TableExported event) {
        trail.record(EXPORT, "file", event.fileName(), AuditOutcome.SUCCESS, event.format().name());
    }
}
