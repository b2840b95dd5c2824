package vn.pcitracker.organization;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.pcitracker.organization.domain.Agency;
import vn.pcitracker.organization.domain.AgencyRepository;
import vn.pcitracker.shared.Violations;

/** The rules an agency must keep; every broken rule is reported at once, before anything is saved. */
final class AgencyRules {

    private static final String KEY = "organization.AgencyService.";

    private final AgencyRepository agencies;

    AgencyRules(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** {@code existing} is null when creating. */
    void check(Agency existing, AgencyForm form) {
        Long id = existing == null ? null : existing.getId();
        String code = Violations.clean(form.code());
        Violations violations = new Violations()
                .require("code", code).maxLength("code", code, AgencyForm.CODE_MAX)
                .require("nameVi", form.nameVi()).maxLength("nameVi", form.nameVi(), AgencyForm.NAME_MAX)
                .maxLength("nameEn", form.nameEn(), AgencyForm.NAME_MAX)
                .require("kind", form.kind());
        if (code != null && (id == null ? agencies.existsByCodeIgnoreCase(code)
                : agencies.existsByCodeIgnoreCaseAndIdNot(code, id))) {
            violations.add("code", KEY + "codeTaken", code);
        }
        checkPeriod(violations, form.validFrom(), form.validTo());
        checkParent(violations, existing, form.parentId());
        checkSuccessors(violations, id, form.successorIds());
        violations.throwIfAny();
    }

    void checkRetirement(Agency agency, LocalDate validTo, List<Long> successorIds) {
        Violations violations = new Violations().require("validTo", validTo);
        checkPeriod(violations, agency.getValidFrom(), validTo);
        checkSuccessors(violations, agency.getId(), successorIds);
        violations.throwIfAny();
    }

    private static void checkPeriod(Violations violations, LocalDate validFrom, LocalDate validTo) {
        violations.check(validFrom == null || validTo == null || !validTo.isBefore(validFrom),
                "validTo", KEY + "validToBeforeValidFrom");
    }

    private void checkParent(Violations violations, Agency existing, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (existing != null && parentId.equals(existing.getId())) {
            violations.add("parentId", KEY + "parentSelf");
            return;
        }
        Optional<Agency> parent = agencies.findById(parentId);
        if (parent.isEmpty()) {
            violations.add("parentId", KEY + "parentUnknown");
            return;
        }
        boolean newParent = existing == null || !parentId.equals(existing.getParentId());
        if (newParent && parent.get().toSummary().retiredOn(ProvinceCalendar.today())) {
            violations.add("parentId", KEY + "parentRetired", parent.get().getNameVi());
        }
        if (existing != null && reaches(parentId, existing.getId(), Agency::getParentId)) {
            violations.add("parentId", KEY + "parentCycle");
        }
    }

    private void checkSuccessors(Violations violations, Long id, List<Long> successorIds) {
        if (successorIds == null || successorIds.isEmpty()) {
            return;
        }
        if (new HashSet<>(successorIds).size() != successorIds.size()) {
            violations.add("successorIds", KEY + "successorDuplicate");
        }
        for (Long successorId : successorIds) {
            if (successorId == null || agencies.findById(successorId).isEmpty()) {
                violations.add("successorIds", KEY + "successorUnknown");
            } else if (successorId.equals(id)) {
                violations.add("successorIds", KEY + "successorSelf");
            } else if (id != null && reachesThroughSuccessors(successorId, id)) {
                violations.add("successorIds", KEY + "successorCycle",
                        agencies.findById(successorId).map(Agency::getNameVi).orElse(""));
            }
        }
    }

    private boolean reaches(Long start, Long target, Function<Agency, Long> next) {
        Set<Long> seen = new HashSet<>();
        Long current = start;
        while (current != null && seen.add(current)) {
            if (current.equals(target)) {
                return true;
            }
            current = agencies.findById(current).map(next).orElse(null);
        }
        return false;
    }

    /** Whether {@code target} is among the successors of {@code start}, however many steps away. */
    private boolean reachesThroughSuccessors(Long start, Long target) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> open = new ArrayDeque<>(List.of(start));
        while (!open.isEmpty()) {
            Long current = open.pop();
            if (Objects.equals(current, target)) {
                return true;
            }
            if (seen.add(current)) {
                agencies.findById(current).ifPresent(agency -> open.addAll(agency.getSuccessorIds()));
            }
        }
        return false;
    }
}
