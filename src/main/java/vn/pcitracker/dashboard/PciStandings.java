package vn.pcitracker.dashboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.pcitracker.commitment.CommitmentDashboardFigures;
import vn.pcitracker.indicator.PciGoalService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.PciYearResult;
import vn.pcitracker.indicator.ProvinceGoal;
import vn.pcitracker.indicator.ProvinceHistory;
import vn.pcitracker.issue.FigureScope;
import vn.pcitracker.issue.IssueDashboardFigures;
import vn.pcitracker.licensing.bottleneck.BottleneckDashboardFigures;

/**
 * Puts the province's PCI next to its goal and counts, per sub-index, what is linked to it. The goal is the one of
 * the year the period ends in or, when that sets no sub-index targets, the next later goal that does, else the latest
 * earlier one: a leader compares today's standing with the goal being worked towards.
 */
@Component
class PciStandings {

    private final PciService pci;
    private final PciGoalService goals;
    private final IssueDashboardFigures issues;
    private final BottleneckDashboardFigures bottlenecks;
    private final CommitmentDashboardFigures commitments;
    private final String province;

    PciStandings(PciService pci, PciGoalService goals, IssueDashboardFigures issues,
                 BottleneckDashboardFigures bottlenecks, CommitmentDashboardFigures commitments,
                 @Value("${app.province.code}") String province) {
        this.pci = pci;
        this.goals = goals;
        this.issues = issues;
        this.bottlenecks = bottlenecks;
        this.commitments = commitments;
        this.province = province;
    }

    PciStanding standing(FigureScope scope) {
        ProvinceHistory history = pci.history(province);
        List<ProvinceGoal> all = goals.goals(province);
        Optional<PciYearResult> latest = history.years().stream().filter(PciYearResult::hasSubIndexScores)
                .max(Comparator.comparingInt(PciYearResult::year));
        ProvinceGoal goal = goalFor(all, scope.to().getYear()).orElse(null);
        Map<String, Long> recommendations = issues.openLinkedByPciSubIndex(scope);
        Map<String, Long> blocking = bottlenecks.openByPciSubIndex(scope.to(), scope.agencyId());
        Map<String, Long> criteria = commitments.criteriaByPciSubIndex(scope.to().getYear(), scope.agencyId());
        List<SubIndexGap> gaps = history.subIndices().stream().map(subIndex -> {
            BigDecimal score = latest.map(year -> year.subIndexScores().get(subIndex.code())).orElse(null);
            BigDecimal target = goal == null ? null : goal.subIndexTargets().get(subIndex.code());
            return new SubIndexGap(subIndex, score, target, score == null || target == null ? null : target.subtract(score),
                    recommendations.getOrDefault(subIndex.code(), 0L), blocking.getOrDefault(subIndex.code(), 0L),
                    criteria.getOrDefault(subIndex.code(), 0L));
        }).toList();
        return new PciStanding(history, all, latest.map(PciYearResult::year).orElse(null), goal, gaps);
    }

    static Optional<ProvinceGoal> goalFor(List<ProvinceGoal> goals, int year) {
        List<ProvinceGoal> withTargets = goals.stream().filter(goal -> !goal.subIndexTargets().isEmpty()).toList();
        return withTargets.stream().filter(goal -> goal.year() >= year).min(Comparator.comparingInt(ProvinceGoal::year))
                .or(() -> withTargets.stream().max(Comparator.comparingInt(ProvinceGoal::year)));
    }
}
