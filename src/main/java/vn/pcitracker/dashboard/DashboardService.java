package vn.pcitracker.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.CommitmentDashboardFigures;
import vn.pcitracker.issue.FigureScope;
import vn.pcitracker.issue.IssueDashboardFigures;
import vn.pcitracker.licensing.bottleneck.BottleneckFigureService;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;

/**
 * Assembles the dashboard for a period and agency in one read-only transaction. Leaders, investment officers and
 * administrators may choose any agency; an agency officer always gets their own ({@link IssueDashboardFigures#authorised},
 * and each module's figures apply the same rule again); association representatives are refused.
 * <p>
 * The figures of an authorised scope are kept for {@code app.dashboard.figures-max-age} (two minutes; zero keeps
 * nothing) and carry the time they were computed, which the dashboard shows; {@link DashboardRefresh} recomputes the
 * default view in the background, so that leaders opening it never
 * wait for a million recommendations to be counted (docs/adr/013, docs/performance.md).
 */
@Service
public class DashboardService {

    static final String VIEWERS = "hasAnyRole('LEADER','INVESTMENT_OFFICER','ADMIN','AGENCY_OFFICER')";

    private final IssueDashboardFigures issues;
    private final PciStandings pci;
    private final BottleneckFigureService bottlenecks;
    private final CommitmentDashboardFigures commitments;
    private final AgencyService agencies;
    private final CurrentUser currentUser;
    private final DashboardFiguresCache kept;
    private final Clock clock;

    DashboardService(IssueDashboardFigures issues, PciStandings pci, BottleneckFigureService bottlenecks,
                     CommitmentDashboardFigures commitments, AgencyService agencies, CurrentUser currentUser,
                     @Value("${app.dashboard.figures-max-age:PT2M}") Duration maxAge) {
        this.issues = issues;
        this.pci = pci;
        this.bottlenecks = bottlenecks;
        this.commitments = commitments;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.clock = Clock.systemUTC();
        this.kept = new DashboardFiguresCache(maxAge, clock);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(VIEWERS)
    public DashboardFigures figures(DashboardPeriod period, Long agencyId) {
        FigureScope scope = issues.authorised(new FigureScope(period.from(), period.to(), agencyId));
        boolean agencyFixed = currentUser.get().map(user -> user.role() == Role.AGENCY_OFFICER).orElse(false);
        DashboardFiguresCache.Key key = new DashboardFiguresCache.Key(scope.from(), scope.to(), scope.agencyId());
        return kept.get(key, () -> compute(scope)).figures().withAgencyFixed(agencyFixed);
    }

    /** Forgets the kept figures of the scope, so that the next call computes them ({@link DashboardRefresh}). */
    void forget(DashboardPeriod period, Long agencyId) {
        kept.evict(new DashboardFiguresCache.Key(period.from(), period.to(), agencyId));
    }

    private DashboardFigures compute(FigureScope scope) {
        RecommendationFigures recommendations = new RecommendationFigures(issues.receivedByMonthAndState(scope),
                issues.byAgencyAndState(scope), issues.onTimeByMonth(scope), issues.openByAgencyAndDdciComponent(scope),
                issues.byField(scope), issues.byChannel(scope));
        int year = scope.to().getYear();
        BottleneckFilter bottleneckFilter = new BottleneckFilter(null, null, scope.agencyId(), null, null, null, null);
        Map<Long, AgencySummary> names = agencies.search("", true).stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        return new DashboardFigures(scope, false, issues.kpis(scope), pci.standing(scope), recommendations,
                bottlenecks.byAgency(bottleneckFilter), year, commitments.progress(year, scope.agencyId()), names,
                Instant.now(clock), kept.maxAge());
    }
}
