package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentUnit;
import vn.pcitracker.commitment.domain.Criterion;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.shared.Violations;

/** Every rule a commitment form must meet, collected at once; the service throws them together. */
@Component
class CommitmentRules {

    static final String KEY = "commitment.CommitmentService.";
    static final int TOTAL_WEIGHT = 100;
    /** Keeps figures inside numeric(14,4). */
    static final BigDecimal LARGEST = new BigDecimal("1000000000");

    private final AgencyService agencies;
    private final DdciService ddci;
    private final PciService pci;
    private final LiveSources sources;

    CommitmentRules(AgencyService agencies, DdciService ddci, PciService pci, LiveSources sources) {
        this.agencies = agencies;
        this.ddci = ddci;
        this.pci = pci;
        this.sources = sources;
    }

    void check(Violations violations, CommitmentForm form, LocalDate today) {
        String title = Violations.clean(form.title());
        String signer = Violations.clean(form.signerTitle());
        String reference = Violations.clean(form.documentReference());
        violations.require("title", title).maxLength("title", title, Commitment.TITLE_MAX)
                .require("periodFrom", form.periodFrom()).require("periodTo", form.periodTo())
                .require("signingAgencyId", form.signingAgencyId())
                .require("signerTitle", signer).maxLength("signerTitle", signer, Commitment.SIGNER_TITLE_MAX)
                .require("unitKind", form.unitKind())
                .maxLength("documentReference", reference, Commitment.DOCUMENT_REFERENCE_MAX)
                .check(form.signedOn() == null || !form.signedOn().isAfter(today), "signedOn", KEY + "signedInFuture");
        if (form.periodFrom() != null && form.periodTo() != null) {
            violations.check(!form.periodTo().isBefore(form.periodFrom()), "periodTo", KEY + "periodReversed");
        }
        if (form.signingAgencyId() != null) {
            violations.check(agencies.find(form.signingAgencyId()).isPresent(), "signingAgencyId", KEY + "unknownAgency");
        }
        checkUnits(violations, form);
        checkCriteria(violations, form);
    }

    private void checkUnits(Violations violations, CommitmentForm form) {
        if (form.unitKind() == UnitKind.DIVISION) {
            List<String> names = divisionNames(form);
            violations.check(!names.isEmpty(), "units", KEY + "noUnit")
                    .check(names.stream().allMatch(n -> n.length() <= CommitmentUnit.DIVISION_NAME_MAX), "units",
                            KEY + "divisionNameTooLong", CommitmentUnit.DIVISION_NAME_MAX)
                    .check(new HashSet<>(names).size() == names.size(), "units", KEY + "duplicateUnit");
        } else if (form.unitKind() == UnitKind.AGENCY) {
            List<Long> ids = form.unitAgencyIds();
            violations.check(!ids.isEmpty(), "units", KEY + "noUnit")
                    .check(new HashSet<>(ids).size() == ids.size(), "units", KEY + "duplicateUnit")
                    .check(ids.stream().allMatch(id -> id != null && agencies.find(id).isPresent()), "units",
                            KEY + "unknownAgency");
        }
    }

    static List<String> divisionNames(CommitmentForm form) {
        return form.divisionNames().stream().map(Violations::clean).filter(java.util.Objects::nonNull).toList();
    }

    private void checkCriteria(Violations violations, CommitmentForm form) {
        List<CriterionForm> criteria = form.criteria();
        violations.check(!criteria.isEmpty(), "criteria", KEY + "noCriterion");
        Set<Long> components = ddciComponentIds();
        Set<String> subIndices = pci.subIndices().stream().map(SubIndex::code).collect(Collectors.toSet());
        for (int i = 0; i < criteria.size(); i++) {
            checkCriterion(violations, "criteria." + i + ".", criteria.get(i), form.unitKind(), components, subIndices);
        }
        boolean allWeighted = criteria.stream().allMatch(c -> c.weight() != null);
        int total = criteria.stream().mapToInt(c -> c.weight() == null ? 0 : c.weight()).sum();
        violations.check(!allWeighted || criteria.isEmpty() || total == TOTAL_WEIGHT, "weights", KEY + "weightsSum",
                TOTAL_WEIGHT, total);
    }

    private void checkCriterion(Violations violations, String prefix, CriterionForm criterion, UnitKind unitKind,
                                Set<Long> components, Set<String> subIndices) {
        String name = Violations.clean(criterion.name());
        String source = criterion.source() == null ? CriterionForm.MANUAL : criterion.source();
        boolean live = !CriterionForm.MANUAL.equals(source);
        violations.require(prefix + "name", name).maxLength(prefix + "name", name, Criterion.NAME_MAX)
                .require(prefix + "direction", criterion.direction())
                .require(prefix + "baseline", criterion.baseline())
                .require(prefix + "target", criterion.target())
                .require(prefix + "weight", criterion.weight())
                .check(!live || sources.find(source).isPresent(), prefix + "source", KEY + "unknownSource")
                .check(!live || unitKind != UnitKind.DIVISION, prefix + "source", KEY + "liveNeedsAgencyUnits")
                .check(criterion.ddciComponentId() == null || components.contains(criterion.ddciComponentId()),
                        prefix + "ddciComponentId", KEY + "unknownDdciComponent")
                .check(criterion.pciSubIndexCode() == null || subIndices.contains(criterion.pciSubIndexCode()),
                        prefix + "pciSubIndexCode", KEY + "unknownPciSubIndex");
        if (!live) {
            String unit = Violations.clean(criterion.unit());
            violations.require(prefix + "unit", unit).maxLength(prefix + "unit", unit, Criterion.UNIT_MAX);
        }
        if (criterion.weight() != null) {
            violations.check(criterion.weight() >= 1 && criterion.weight() <= TOTAL_WEIGHT, prefix + "weight",
                    KEY + "weightRange", TOTAL_WEIGHT);
        }
        figure(violations, prefix + "baseline", criterion.baseline());
        figure(violations, prefix + "committedValue", criterion.committedValue());
        figure(violations, prefix + "target", criterion.target());
        figure(violations, prefix + "stretch", criterion.stretch());
        if (criterion.stretch() != null && criterion.target() != null && criterion.direction() != null) {
            violations.check(criterion.direction().atLeastAsGood(criterion.stretch(), criterion.target())
                    && criterion.stretch().compareTo(criterion.target()) != 0, prefix + "stretch", KEY + "stretchNotBeyondTarget");
        }
    }

    static void figure(Violations violations, String field, BigDecimal value) {
        violations.check(value == null || value.abs().compareTo(LARGEST) < 0, field, KEY + "figureTooLarge");
    }

    private Set<Long> ddciComponentIds() {
        Set<Long> ids = new HashSet<>();
        ddci.catalogues().forEach(catalogue -> ddci.components(catalogue.id()).forEach(c -> ids.add(c.id())));
        return ids;
    }
}
