package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A province's PCI goal for one year. {@code targetComposite} (0-100) and {@code targetRank} may each be null
 * (a plan may set only one); {@code subIndexTargets} holds a target score (0-10) per sub-index code, in sub-index
 * order, for the sub-indices the plan sets. {@code sourceDocument} names the plan or decision the goal comes from;
 * {@code synthetic} marks demo goals that no real plan set.
 */
public record ProvinceGoal(long id, String provinceCode, int year, BigDecimal targetComposite, Integer targetRank,
                           Map<String, BigDecimal> subIndexTargets, String sourceDocument, String sourceUrl,
                           String note, boolean synthetic, long version) {

    public ProvinceGoal {
        subIndexTargets = subIndexTargets == null ? Map.of() : subIndexTargets;
    }
}
