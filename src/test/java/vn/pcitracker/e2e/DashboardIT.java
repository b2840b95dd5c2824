package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leader opens the dashboard, every chart is drawn, and a gap bar leads to the recommendations behind it. */
class DashboardIT extends BrowserTest {

    /** The size of each chart's canvas as drawn, [width, height]; a chart ECharts could not draw has none. */
    private static final String CANVAS_SIZE = """
            chart => { const canvas = chart.querySelector('canvas');
              return canvas ? [canvas.width, canvas.height] : [0, 0]; }""";

    /**
     * The page position of the middle of the Transparency gap bar, asked of the chart itself: the category index of
     * "Tính minh bạch" on the y axis and half the bar's value on the x axis, converted to pixels by ECharts.
     */
    private static final String TRANSPARENCY_BAR = """
            chart => { const option = JSON.parse(chart.option);
              const index = option.yAxis[0].data.indexOf('Tính minh bạch');
              const value = option.series[0].data[index].value;
              const [x, y] = chart._chart.convertToPixel({seriesIndex: 0}, [value / 2, index]);
              const box = chart.getBoundingClientRect();
              return [box.left + x, box.top + y, value]; }""";

    @Test
    void theLeaderSeesEveryChartAndAGapBarOpensTheLinkedOpenRecommendations() {
        openPage(1920, 1080);
        logIn("leader", "demo");
        assertThat(page.locator("vaadin-side-nav-item").first().getAttribute("path")).isEqualTo("dashboard");
        page.navigate(url("dashboard"));
        waitForVaadin();
        Locator charts = page.locator("echarts-chart.dashboard-chart");
        charts.first().locator("canvas").waitFor();
        page.waitForTimeout(1500);
        screenshot("dashboard-wall");

        assertThat(page.request().get(url("dashboard/dashboard.css")).status()).isEqualTo(200);
        assertThat(page.locator(".kpi-cards").evaluate("cards => getComputedStyle(cards).display")).isEqualTo("grid");
        assertThat(charts.count()).isEqualTo(13);
        for (Locator chart : charts.all()) {
            chart.scrollIntoViewIfNeeded();
            chart.locator("canvas").waitFor();
            @SuppressWarnings("unchecked")
            List<Number> size = (List<Number>) chart.evaluate(CANVAS_SIZE);
            assertThat(size).as(chart.getAttribute("class")).allSatisfy(side -> assertThat(side.intValue()).isPositive());
        }
        assertThat(page.locator(".kpi-card").count()).isEqualTo(6);

        Locator gap = page.locator("echarts-chart.pci-gap-chart");
        gap.scrollIntoViewIfNeeded();
        page.waitForTimeout(800);
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) gap.evaluate(TRANSPARENCY_BAR);
        assertThat(bar.get(2).doubleValue()).isPositive();
        page.mouse().click(bar.get(0).doubleValue(), bar.get(1).doubleValue());
        page.waitForURL("**/issues?**");
        waitForVaadin();
        screenshot("dashboard-drilldown");

        assertThat(page.url()).contains("pci=TRANSPARENCY").contains("state=RECEIVED").contains("state=REOPENED");
        assertThat(page.locator("vaadin-combo-box").evaluateAll("boxes => boxes.map(box => box.inputElement?.value || '')").toString())
                .contains("Tính minh bạch");
    }

    @Test
    void theDashboardPrintsEveryChartOnAReadablePageOnALaptop() {
        openPage(1366, 768);
        logIn("leader", "demo");
        page.navigate(url("dashboard?period=THIS_YEAR"));
        waitForVaadin();
        page.locator("echarts-chart.pci-gap-chart canvas").waitFor();
        page.waitForTimeout(1500);
        screenshot("dashboard-laptop");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        page.waitForTimeout(1500);

        assertThat(page.locator("vaadin-select").first().isVisible()).isFalse();
        double pageWidth = ((Number) page.evaluate("() => document.documentElement.clientWidth")).doubleValue();
        for (Locator chart : page.locator("echarts-chart.dashboard-chart").all()) {
            BoundingBox box = chart.boundingBox();
            BoundingBox canvas = chart.locator("canvas").first().boundingBox();
            assertThat(box.x + box.width).as(chart.getAttribute("class")).isLessThanOrEqualTo(pageWidth + 1);
            assertThat(canvas.x + canvas.width).as("canvas of " + chart.getAttribute("class")).isLessThanOrEqualTo(box.x + box.width + 1);
        }
        screenshot("dashboard-print");
        page.pdf(new Page.PdfOptions().setPath(Path.of("target/screenshots/dashboard.pdf")).setLandscape(true)
                .setPrintBackground(true));
    }
}
