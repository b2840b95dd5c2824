package vn.pcitracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;

/**
 * The background refresh waits for the application to be ready: scheduling starts with the context, while a first
 * start is still loading the reference data the figures need. Figures are kept for an hour here (tests keep none).
 */
@SpringBootTest(properties = "app.dashboard.figures-max-age=PT1H")
@WithMockUser(roles = "ADMIN")
class DashboardRefreshTest {

    @Autowired DashboardService dashboard;

    @Test
    void beforeTheApplicationIsReadyTheRefreshLeavesTheKeptFiguresAloneAndAfterwardsRecomputesThem() {
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
