package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pcitracker.indicator.domain.PciGoal;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.shared.Violations;

/** The rules a goal must keep; every broken rule is reported at once, by field (sub-index targets by code). */
final class PciGoalRules {

    private static final String KEY = "indicator.PciGoalService.";

    private PciGoalRules() {
    }

    /** The sub-index targets by sub-index id, or a {@link vn.pcitracker.shared.ValidationException}. */
    static Map<Long, BigDecimal> check(PciGoalForm form, List<PciSubIndex> ordered, boolean yearTaken) {
        String source = Violations.clean(form.sourceDocument());
        Violations violations = new Violations()
                .check(PciRules.isYear(form.year()), "year", KEY + "yearRange", PciRules.FIRST_YEAR, PciRules.LAST_YEAR)
                .check(!yearTaken, "year", KEY + "yearTaken", form.year())
                .check(form.targetComposite() != null || form.targetRank() != null, "targetComposite", KEY + "compositeOrRank")
                .check(form.targetComposite() == null || PciRules.within(form.targetComposite(), PciRules.MAX_COMPOSITE, 2),
                        "targetComposite", KEY + "compositeRange")
                .check(form.targetRank() == null || form.targetRank() >= 1, "targetRank", KEY + "rankRange")
                .require("sourceDocument", source)
                .maxLength("sourceDocument", source, PciGoal.SOURCE_DOCUMENT_MAX_LENGTH)
                .maxLength("sourceUrl", form.sourceUrl(), PciGoal.SOURCE_URL_MAX_LENGTH)
                .webAddress("sourceUrl", form.sourceUrl())
                .maxLength("note", form.note(), PciGoal.NOTE_MAX_LENGTH);
        Map<String, PciSubIndex> byCode = new HashMap<>();
        ordered.forEach(subIndex -> byCode.put(subIndex.getCode(), subIndex));
        Map<Long, BigDecimal> targets = new HashMap<>();
        form.subIndexTargets().forEach((code, target) -> {
            PciSubIndex subIndex = byCode.get(code);
            if (subIndex == null) {
                violations.add(code, KEY + "unknownSubIndex", code);
            } else if (!PciRules.within(target, PciRules.MAX_SCORE, 2)) {
                violations.add(code, KEY + "scoreRange");
            } else {
                targets.put(subIndex.getId(), target);
            }
        });
        violations.throwIfAny();
        return targets;
    }
}
