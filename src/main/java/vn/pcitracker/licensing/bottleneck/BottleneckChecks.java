package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LicensingProcedureRepository;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckEvidence;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.shared.Violations;

/** The input rules of bottleneck commands; each collects every problem so that the user sees them all at once. */
@Component
class BottleneckChecks {

    static final String KEY = "licensing.BottleneckService.";

    private final LicensingProcedureRepository procedures;
    private final ConditionalLineRepository lines;
    private final AgencyService agencies;
    private final DdciService ddci;

    BottleneckChecks(LicensingProcedureRepository procedures, ConditionalLineRepository lines, AgencyService agencies,
                     DdciService ddci) {
        this.procedures = procedures;
        this.lines = lines;
        this.agencies = agencies;
        this.ddci = ddci;
    }

    /**
     * {@code current*} are the values stored before an edit (null on creation): an agency retired since may stay.
     */
    Violations form(BottleneckForm form, LocalDate today, Long currentAgency, Long currentOwner) {
        String title = Violations.clean(form.title());
        Violations violations = new Violations()
                .require("procedureId", form.procedureId())
                .require("agencyId", form.agencyId())
                .require("title", title).maxLength("title", title, BottleneckForm.TITLE_MAX)
                .require("description", Violations.clean(form.description()))
                .maxLength("informalCostNote", form.informalCostNote(), BottleneckForm.NOTE_MAX);
        if (form.procedureId() != null) {
            violations.check(procedures.existsById(form.procedureId()), "procedureId", KEY + "unknownProcedure");
        }
        if (form.lineId() != null) {
            violations.check(lines.existsById(form.lineId()), "lineId", KEY + "unknownLine");
        }
        if (form.agencyId() != null) {
            violations.check(activeOrCurrent(form.agencyId(), currentAgency, today), "agencyId", KEY + "agencyInactive");
        }
        if (form.ownerAgencyId() != null) {
            violations.check(activeOrCurrent(form.ownerAgencyId(), currentOwner, today), "ownerAgencyId", KEY + "agencyInactive");
        }
        notNegative(violations, "informalCostReports", form.informalCostReports());
        ProposedFix fix = form.fix();
        notNegative(violations, "conditionsRemoved", fix.conditionsRemoved());
        notNegative(violations, "documentsRemoved", fix.documentsRemoved());
        notNegative(violations, "daysCut", fix.daysCut());
        notNegative(violations, "costCutVnd", fix.costCutVnd());
        if (!form.ddciComponentIds().isEmpty()) {
            Set<Long> known = new HashSet<>();
            ddci.catalogues().forEach(c -> ddci.components(c.id()).forEach(component -> known.add(component.id())));
            violations.check(known.containsAll(form.ddciComponentIds()), "ddciComponentIds", KEY + "unknownDdciComponent");
        }
        LocalDate identified = form.identifiedOn();
        violations.check(identified == null || !identified.isAfter(today), "identifiedOn", KEY + "dateInFuture");
        violations.check(form.targetDate() == null || identified == null || !form.targetDate().isBefore(identified),
                "targetDate", KEY + "targetBeforeIdentified");
        return violations;
    }

    Violations evidence(EvidenceForm form, LocalDate today) {
        Violations violations = new Violations()
                .require("phase", form.phase())
                .require("periodFrom", form.periodFrom())
                .require("periodTo", form.periodTo())
                .require("filesReceived", form.filesReceived())
                .require("filesOnTime", form.filesOnTime())
                .require("filesLate", form.filesLate())
                .maxLength("note", form.note(), BottleneckEvidence.NOTE_MAX);
        if (form.periodFrom() != null && form.periodTo() != null) {
            violations.check(!form.periodTo().isBefore(form.periodFrom()), "periodTo", KEY + "periodReversed");
        }
        violations.check(form.periodTo() == null || !form.periodTo().isAfter(today), "periodTo", KEY + "dateInFuture");
        notNegative(violations, "filesReceived", form.filesReceived());
        notNegative(violations, "filesOnTime", form.filesOnTime());
        notNegative(violations, "filesLate", form.filesLate());
        notNegative(violations, "topUpRequests", form.topUpRequests());
        if (form.filesReceived() != null && form.filesOnTime() != null && form.filesLate() != null) {
            violations.check(form.filesOnTime() + form.filesLate() <= form.filesReceived(), "filesLate",
                    KEY + "moreHandledThanReceived", form.filesOnTime() + form.filesLate(), form.filesReceived());
        }
        days(violations, "medianActualDays", form.medianActualDays());
        return violations;
    }

    static void days(Violations violations, String field, BigDecimal days) {
        if (days != null) {
            violations.check(days.signum() >= 0 && days.compareTo(BigDecimal.valueOf(EvidenceForm.MAX_DAYS)) <= 0, field,
                    KEY + "daysOutOfRange", EvidenceForm.MAX_DAYS);
        }
    }

    private static void notNegative(Violations violations, String field, Number value) {
        violations.check(value == null || value.longValue() >= 0, field, KEY + "negative");
    }

    private boolean activeOrCurrent(long agencyId, Long current, LocalDate today) {
        return Objects.equals(agencyId, current) || agencies.find(agencyId).filter(a -> a.activeOn(today)).isPresent();
    }
}
