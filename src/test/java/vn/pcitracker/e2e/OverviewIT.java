package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The overview's charts are drawn from the reference data, in both languages, and clicks reach the server. */
class OverviewIT extends BrowserTest {

    /** Counts painted pixels in the chart's canvas: an empty or failed chart paints none. */
    private static final String PAINTED_PIXELS = """
            chart => { const canvas = chart.querySelector('canvas'); if (!canvas) return 0;
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0; for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++; return painted; }""";

    @Test
    void theLeaderSeesHaiPhongsRealPciHistoryChartedInVietnamese() {
        logIn("leader", "demo");
        Locator trend = page.locator("echarts-chart.trend-chart");
        Locator radar = page.locator("echarts-chart.radar-chart");
        trend.locator("canvas").waitFor();
        radar.locator("canvas").waitFor();
        page.waitForTimeout(1500);
        screenshot("overview-vi");

        assertThat(page.locator(".pci-overview h2").innerText()).contains("Hải Phòng");
        assertThat((Integer) trend.evaluate(PAINTED_PIXELS)).isGreaterThan(5000);
        assertThat((Integer) radar.evaluate(PAINTED_PIXELS)).isGreaterThan(5000);
        assertThat((String) trend.evaluate("chart => chart.option")).contains("74.84", "70.76", "49.98").contains("\"inverse\":true");
        assertThat(page.locator("vaadin-grid.pci-history-grid").innerText()).contains("74,84", "47,68");
        assertThat(page.locator(".sources a").first().getAttribute("href")).startsWith("https://");
    }

    @Test
    void clickingAYearOnTheChartShowsItsFiguresFromTheServer() {
        logIn("investment", "demo");
        Locator trend = page.locator("echarts-chart.trend-chart");
        trend.locator("canvas").waitFor();
        page.waitForTimeout(1000);
        trend.evaluate("chart => chart.dispatchEvent(new CustomEvent('chart-click', {detail: "
                + "{seriesName: 'PCI', name: '2021', dataIndex: 15, valueJson: '70.61'}}))");
        waitForVaadin();

        assertThat(page.locator(".selected-year").innerText()).contains("2021", "70,61", "2");
    }

    @Test
    void theLanguageChosenInTheUserMenuIsRememberedInTheNextSession() {
        logIn("association", "demo");
        chooseLanguage("Ngôn ngữ", "English");
        page.locator("echarts-chart.trend-chart canvas").waitFor();
        page.waitForTimeout(1500);
        screenshot("overview-en");

        assertThat(page.locator(".pci-overview h2").innerText()).contains("Hai Phong");
        assertThat(page.locator("vaadin-grid.pci-history-grid").innerText()).contains("74.84");
        assertThat(page.locator("vaadin-side-nav").innerText()).contains("Overview");

        context.close();
        openPage();
        logIn("association", "demo");
        assertThat(page.locator("vaadin-side-nav").innerText()).contains("Overview");
        chooseLanguage("Language", "Tiếng Việt");
        assertThat(page.locator("vaadin-side-nav").innerText()).contains("Tổng quan");
    }

    private void chooseLanguage(String menuLabel, String language) {
        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:has-text('" + menuLabel + "')").click();
        page.locator("vaadin-menu-bar-item:has-text('" + language + "')").click();
        page.waitForLoadState();
        page.waitForSelector("vaadin-app-layout");
        waitForVaadin();
    }
}
