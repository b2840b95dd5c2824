package vn.pcitracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.commitment.CommitmentDashboardFigures;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;
import vn.pcitracker.issue.IssueDashboardFigures;
import vn.pcitracker.licensing.bottleneck.BottleneckFigureService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.CurrentUser;

/**
 * The background refresh waits for the application to be ready: scheduling starts with the context, while a first
 * start is still loading the reference data the figures need. The service here keeps figures for an hour (the test
 * configuration keeps none), built from the application's own beans, so that the test shares their context: a
 * context of its own would replace Vaadin's security context holder under the other tests.
 */
@SpringBootTest
@WithMockUser(roles = "ADMIN")
class DashboardRefreshTest {

    @Autowired IssueDashboardFigures issues;
    @Autowired PciStandings pci;
    @Autowired BottleneckFigureService bottlenecks;
    @Autowired CommitmentDashboardFigures commitments;
    @Autowired AgencyService agencies;
    @Autowired CurrentUser currentUser;

    @Test
    void beforeTheApplicationIsReadyTheRefreshLeavesTheKeptFiguresAloneAndAfterwardsRecomputesThem() {
        DashboardService dashboard = new DashboardService(issues, pci, bottlenecks, commitments, agencies, currentUser,
                Duration.ofHours(1));
        DashboardPeriod period = DashboardPeriod.of(Preset.LAST_12_MONTHS, DashboardPeriod.today());
        DashboardRefresh refresh = new DashboardRefresh(dashboard);
        DashboardFigures kept = dashboard.figures(period, null);

        refresh.refreshDefaultView();
        assertThat(dashboard.figures(period, null).computedAt()).isEqualTo(kept.computedAt());

        refresh.applicationReady();
        refresh.refreshDefaultView();
        assertThat(dashboard.figures(period, null).computedAt()).isAfter(kept.computedAt());
    }
}
