package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A goal as an officer enters it: {@code id} is null for a new goal. Target composite (0-100) and rank (≥ 1) may each
 * be left empty but not both; {@code subIndexTargets} (0-10, keyed by sub-index code) holds only the sub-indices the
 * plan sets; the source document is required.
 */
public record PciGoalForm(Long id, Integer year, BigDecimal targetComposite, Integer targetRank,
                          Map<String, BigDecimal> subIndexTargets, String sourceDocument, String sourceUrl,
                          String note) {

    public PciGoalForm {
        subIndexTargets = subIndexTargets == null ? Map.of() : Map.copyOf(subIndexTargets);
    }
}
