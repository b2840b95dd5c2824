package vn.pcitracker.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pcitracker.commitment.CommitmentDashboardFigures;
import vn.pcitracker.issue.FigureScope;
import vn.pcitracker.issue.KpiComparison;
import vn.pcitracker.licensing.bottleneck.FigureRow;
import vn.pcitracker.organization.AgencySummary;

/**
 * Everything the dashboard shows for one scope. {@code scope} is what the user may see of what they asked for (an
 * agency officer's agency replaces any other); {@code agencyFixed} says the user cannot choose another agency.
 * Commitments are taken over {@code commitmentYear} (the year the period ends in), bottlenecks over the whole
 * register, PCI over its published years: those figures cannot follow an arbitrary period. {@code computedAt}: when the
 * figures were computed; {@code keptFor}: how long they may be shown since (zero: computed at each call; see
 * {@link DashboardService}).
 */
public record DashboardFigures(FigureScope scope, boolean agencyFixed, KpiComparison kpis, PciStanding pci,
                               RecommendationFigures recommendations, List<FigureRow> bottlenecksByAgency,
                               int commitmentYear, CommitmentDashboardFigures.Progress commitments,
                               Map<Long, AgencySummary> agencies, Instant computedAt,
                               Duration keptFor) {

    /** The same figures as shown to a user who may, or may not, choose another agency. */
    DashboardFigures withAgencyFixed(boolean fixed) {
        return fixed == agencyFixed ? this : new DashboardFigures(scope, fixed, kpis, pci, recommendations,
                bottlenecksByAgency, commitmentYear, commitments, agencies, computedAt, keptFor);
    }

    public Optional<AgencySummary> agency(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(agencies.get(id));
    }
}
