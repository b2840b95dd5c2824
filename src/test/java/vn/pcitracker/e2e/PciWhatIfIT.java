package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The what-if calculator in a real browser: the chart paints and an edited sub-index recomputes the composite. */
class PciWhatIfIT extends BrowserTest {

    @Test
    void aLeaderRaisesTransparencyByOnePointAndTheCompositeGainsTwo() {
        logIn("leader", "demo");
        page.navigate(url("pci/what-if"));
        Locator chart = page.locator("echarts-chart.sensitivity-chart");
        chart.locator("canvas").waitFor();
        waitForVaadin();

        assertThat(page.locator(".what-if-composite").innerText()).contains("67,63");
        assertThat((String) chart.evaluate("chart => chart.option")).contains("Tính minh bạch");

        Locator transparency = page.locator("vaadin-text-field.sub-index-TRANSPARENCY input");
        transparency.fill("7,22");
        transparency.press("Tab");
        waitForVaadin();
        screenshot("what-if-vi");

        assertThat(page.locator(".what-if-composite").innerText()).contains("69,63");
        assertThat(page.locator(".what-if-gap").innerText()).contains("2026", "6,37");
    }
}
