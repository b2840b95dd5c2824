package vn.pcitracker.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pcitracker.dashboard.DashboardPeriod;
import vn.pcitracker.dashboard.DashboardPeriod.Preset;

class DashboardParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 14);

    @Test
    void presetsEndTodayAndStartAtTheirNaturalBeginning() {
        assertThat(DashboardPeriod.of(Preset.THIS_MONTH, TODAY).from()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(DashboardPeriod.of(Preset.THIS_QUARTER, TODAY).from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(DashboardPeriod.of(Preset.THIS_YEAR, TODAY).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DashboardPeriod.of(Preset.LAST_12_MONTHS, TODAY).from()).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(DashboardPeriod.of(Preset.THIS_YEAR, TODAY).to()).isEqualTo(TODAY);
    }

    @Test
    void aCustomPeriodAndAnAgencySurviveTheRoundTripThroughTheUrl() {
        DashboardParameters chosen = new DashboardParameters(
                DashboardPeriod.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)), 42L);

        assertThat(chosen.write()).isEqualTo(Map.of("period", List.of("CUSTOM"), "from", List.of("2026-02-01"),
                "to", List.of("2026-03-31"), "agency", List.of("42")));
        assertThat(DashboardParameters.read(chosen.write(), TODAY)).isEqualTo(chosen);
    }

    @Test
    void aPresetIsWrittenWithoutDatesSoABookmarkFollowsTheCalendar() {
        Map<String, List<String>> written = new DashboardParameters(DashboardPeriod.of(Preset.THIS_QUARTER, TODAY), null).write();

        assertThat(written).isEqualTo(Map.of("period", List.of("THIS_QUARTER")));
        assertThat(DashboardParameters.read(written, LocalDate.of(2026, 11, 3)).period().from()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void malformedValuesFallBackToTheLastTwelveMonthsAndAllAgencies() {
        DashboardParameters read = DashboardParameters.read(Map.of("period", List.of("CUSTOM"), "from", List.of("2026-05-01"),
                "to", List.of("2026-04-01"), "agency", List.of("x")), TODAY);

        assertThat(read).isEqualTo(new DashboardParameters(DashboardPeriod.of(Preset.LAST_12_MONTHS, TODAY), null));
        assertThat(DashboardParameters.read(Map.of("period", List.of("FOREVER")), TODAY).period().preset())
                .isEqualTo(Preset.LAST_12_MONTHS);
    }
}
