package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.ChartClickEvent;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.LineSeries;
import vn.pcitracker.shared.ui.echarts.RadarSeries;
import vn.pcitracker.shared.ui.echarts.RadarValue;

class PciOverviewViewTest extends ViewTestBase {

    /** Hai Phong's published composites 2006-2024 (data/reference/pci_results.csv, pcivietnam.vn). */
    private static final List<Double> PUBLISHED_COMPOSITES = List.of(49.98, 53.19, 47.68, 57.57, 54.64, 57.07, 53.58,
            59.76, 58.25, 58.65, 60.10, 65.15, 64.48, 68.73, 69.27, 70.61, 70.76, 70.34, 74.84);

    private PciOverviewView view;

    @BeforeEach
    void openAsLeader() {
        signInAs("leader");
        view = navigateTo(PciOverviewView.class);
    }

    @Test
    void theOverviewDrawsATrendChartARadarChartAndTheComparisonWithOtherProvinces() {
        assertThat(_find(view, ECharts.class)).hasSize(3);
    }

    @Test
    void theTrendChartHoldsHaiPhongsPublishedCompositeForEveryYearFrom2006To2024() {
        ChartOption trend = chart("trend-chart");
        List<String> years = trend.xAxis().getFirst().data();
        LineSeries composite = (LineSeries) trend.series().get(0);

        assertThat(years).startsWith(IntStream.rangeClosed(2006, 2024).mapToObj(String::valueOf).toArray(String[]::new));
        assertThat(composite.data()).hasSameSizeAs(years);
        assertThat(composite.data().subList(0, 19)).extracting(value -> value == null ? null : value.doubleValue())
                .containsExactlyElementsOf(PUBLISHED_COMPOSITES);
        assertThat(composite.data().get(years.indexOf("2008")).doubleValue()).isEqualTo(47.68);
        assertThat(composite.data().get(years.indexOf("2024")).doubleValue()).isEqualTo(74.84);
    }

    @Test
    void theRankIsDrawnOnASecondInvertedAxisSoThatFirstPlaceIsAtTheTop() {
        ChartOption trend = chart("trend-chart");
        List<String> years = trend.xAxis().getFirst().data();
        LineSeries rank = (LineSeries) trend.series().get(1);

        Axis rankAxis = trend.yAxis().get(rank.yAxisIndex());
        assertThat(rank.yAxisIndex()).isEqualTo(1);
        assertThat(rankAxis.inverse()).isTrue();
        assertThat(trend.yAxis().getFirst().inverse()).isNull();
        assertThat(rank.data().get(years.indexOf("2024")).intValue()).isEqualTo(1);
        assertThat(rank.data().get(years.indexOf("2008")).intValue()).isEqualTo(48);
    }

    @Test
    void theRadarShowsTheSixYearsWithSubIndexScores2017To2022() {
        ChartOption radar = chart("radar-chart");
        RadarSeries polygons = (RadarSeries) radar.series().getFirst();

        assertThat(polygons.data()).extracting(RadarValue::name)
                .containsExactly("2017", "2018", "2019", "2020", "2021", "2022");
        assertThat(polygons.data()).allSatisfy(year ->
                assertThat(year.values()).hasSize(radar.radar().indicators().size()).doesNotContainNull());
    }

    @Test
    void theHistoryTableShowsTheNewestYearFirstWithAVietnameseDecimalComma() {
        assertThat(_getFormattedRow(_get(view, PciHistoryGrid.class), 0)).startsWith("2024", "74,84", "1");
    }

    @Test
    void clickingAYearOnTheTrendChartShowsThatYearsFigures() {
        ECharts trend = _get(view, ECharts.class, spec -> spec.withClasses("trend-chart"));

        ComponentUtil.fireEvent(trend, new ChartClickEvent(trend, true, "Điểm PCI", "2021", 15, "70.61"));

        assertThat(_get(view, Span.class, spec -> spec.withClasses("selected-year")).getText())
                .isEqualTo("Năm 2021: điểm PCI 70,61, xếp hạng 2");
    }

    private ChartOption chart(String className) {
        return _get(view, ECharts.class, spec -> spec.withClasses(className)).getOption();
    }
}
