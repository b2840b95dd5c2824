package vn.pcitracker.dashboard;

import java.util.List;
import vn.pcitracker.indicator.ProvinceGoal;
import vn.pcitracker.indicator.ProvinceHistory;

/**
 * The province against its PCI goals: the published history, every goal, the latest year with published sub-index
 * scores ({@code null} when none) and the goal the gaps are measured against ({@code null} when no goal sets
 * sub-index targets), with the gap per sub-index in official order.
 */
public record PciStanding(ProvinceHistory history, List<ProvinceGoal> goals, Integer latestScoredYear,
                          ProvinceGoal goal, List<SubIndexGap> gaps) {
}
