package vn.pcitracker.indicator;

import java.util.List;

/**
 * A province against the PCI goal it works towards in a year ({@link PciGoalService#gapToGoal}): its published
 * history, every goal, the latest year with published sub-index scores ({@code null} when none), the goal the gaps are
 * measured against ({@code null} when no goal sets sub-index targets) and the gap per sub-index in official order.
 */
public record PciGoalGap(ProvinceHistory history, List<ProvinceGoal> goals, Integer latestScoredYear,
                         ProvinceGoal goal, List<SubIndexGoalGap> subIndices) {
}
