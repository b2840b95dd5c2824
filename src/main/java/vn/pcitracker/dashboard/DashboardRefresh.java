package vn.pcitracker.dashboard;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * Recomputes the dashboard's default view (the last 12 months, all agencies) in the background on
 * {@code app.dashboard.refresh-cron} (every two minutes; "-" in tests), as the system, which sees every agency: the
 * leaders who open it get kept figures at most a few minutes old instead of waiting for them.
 */
@Component
class DashboardRefresh {

    private final DashboardService dashboard;

    DashboardRefresh(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Scheduled(cron = "${app.dashboard.refresh-cron:30 */2 * * * *}")
    public void refreshDefaultView() {
        DashboardPeriod period = DashboardPeriod.of(Preset.LAST_12_MONTHS, DashboardPeriod.today());
        SystemAuthentication.runAsSystem(() -> {
            dashboard.forget(period, null);
            return dashboard.figures(period, null);
        });
    }
}
