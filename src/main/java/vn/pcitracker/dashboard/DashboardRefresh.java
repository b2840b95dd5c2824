package vn.pcitracker.dashboard;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;
import vn.pcitracker.shared.SystemAuthentication;

/**
 * Recomputes the dashboard's default view (the last 12 months, all agencies) in the background on
 * {@code app.dashboard.refresh-cron} (every two minutes; "-" in tests), as the system, which sees every agency: the
 * leaders who open it get kept figures at most a few minutes old instead of waiting for them. Not before the
 * application is ready: scheduling starts with the context, while the reference data (the province among them) is
 * still being loaded on a first start, and the figures would fail for want of it.
 */
@Component
class DashboardRefresh {

    private final DashboardService dashboard;
    private volatile boolean ready;

    DashboardRefresh(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        ready = true;
    }

    @Scheduled(cron = "${app.dashboard.refresh-cron:30 */2 * * * *}")
    public void refreshDefaultView() {
        if (!ready) {
            return;
        }
        DashboardPeriod period = DashboardPeriod.of(Preset.LAST_12_MONTHS, DashboardPeriod.today());
        SystemAuthentication.runAsSystem(() -> {
            dashboard.forget(period, null);
            return dashboard.figures(period, null);
        });
    }
}
