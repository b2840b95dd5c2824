package vn.pcitracker.dashboard;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.pcitracker.commitment.CommitmentDashboardFigures;
import vn.pcitracker.indicator.PciGoalGap;
import vn.pcitracker.indicator.PciGoalService;
import vn.pcitracker.issue.FigureScope;
import vn.pcitracker.issue.IssueDashboardFigures;
import vn.pcitracker.licensing.bottleneck.BottleneckDashboardFigures;

/**
 * Puts the province's PCI next to its goal ({@link PciGoalService#gapToGoal}: the goal worked towards in the year the
 * period ends in) and counts, per sub-index, what is linked to it.
 */
@Component
class PciStandings {

    private final PciGoalService goals;
    private final IssueDashboardFigures issues;
    private final BottleneckDashboardFigures bottlenecks;
    private final CommitmentDashboardFigures commitments;
    private final String province;

    PciStandings(PciGoalService goals, IssueDashboardFigures issues, BottleneckDashboardFigures bottlenecks,
                 CommitmentDashboardFigures commitments, @Value("${app.province.code}") String province) {
        this.goals = goals;
        this.issues = issues;
        this.bottlenecks = bottlenecks;
        this.commitments = commitments;
        this.province = province;
    }

    PciStanding standing(FigureScope scope) {
        PciGoalGap gap = goals.gapToGoal(province, scope.to().getYear());
        Map<String, Long> recommendations = issues.openLinkedByPciSubIndex(scope);
        Map<String, Long> blocking = bottlenecks.openByPciSubIndex(scope.to(), scope.agencyId());
        Map<String, Long> criteria = commitments.criteriaByPciSubIndex(scope.to().getYear(), scope.agencyId());
        List<SubIndexGap> gaps = gap.subIndices().stream().map(subIndex -> {
            String code = subIndex.subIndex().code();
            return new SubIndexGap(subIndex.subIndex(), subIndex.latestScore(), subIndex.target(), subIndex.gap(),
                    recommendations.getOrDefault(code, 0L), blocking.getOrDefault(code, 0L), criteria.getOrDefault(code, 0L));
        }).toList();
        return new PciStanding(gap.history(), gap.goals(), gap.latestScoredYear(), gap.goal(), gaps);
    }
}
