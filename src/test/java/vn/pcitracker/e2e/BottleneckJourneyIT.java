package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The investment officer opens a demo recommendation about a licensing procedure, turns it into a bottleneck from
 * its page, completes the prefilled form, saves, and finds the bottleneck (linked to the recommendation) in the register.
 */
class BottleneckJourneyIT extends BrowserTest {

    private static final String RECOMMENDATION = "Thủ tục chấp thuận chủ trương đầu tư trong khu kinh tế";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRecommendationAboutLicensingBecomesABottleneckThatTheRegisterLists() {
        logIn("investment", "demo");
        page.navigate(url("issues?q=chap thuan chu truong dau tu"));
        waitForVaadin();
        page.locator("vaadin-grid-cell-content:has-text('" + RECOMMENDATION + "')").first().click();
        page.waitForURL(Pattern.compile(".*/issues/\\d+$"));
        waitForVaadin();
        String issueCode = page.locator(".issue-title").innerText().split(" · ")[0].strip();

        page.locator("a.issue-related-action:has-text('Chuyển thành điểm nghẽn')").click();
        page.waitForURL("**/bottlenecks/new?issue=**");
        waitForVaadin();
        assertThat(page.locator(".bottleneck-origin").innerText()).contains(issueCode);
        Locator title = page.locator(field("vaadin-text-field", "Tiêu đề") + " input");
        assertThat(title.inputValue()).isEqualTo(RECOMMENDATION);
        String newTitle = "Thẩm định chủ trương đầu tư chờ ý kiến các sở " + tag;
        title.fill(newTitle);
        pickInCombo("Thủ tục cấp phép", "DEMO-TP-01");
        pickInMultiCombo("Nguyên nhân", "Phối hợp liên ngành");
        page.locator("vaadin-button.bottleneck-save").click();
        page.waitForURL(Pattern.compile(".*/bottlenecks/\\d+$"));
        waitForVaadin();

        assertThat(page.locator(".bottleneck-title").innerText()).contains(newTitle).startsWith("DN-");
        assertThat(page.locator(".bottleneck-issues").innerText()).contains(issueCode);
        assertThat(page.locator(".bottleneck-timeline").innerText()).contains("Ghi nhận điểm nghẽn", issueCode);
        screenshot("bottleneck-page");

        page.navigate(url("bottlenecks?q=" + tag));
        waitForVaadin();
        assertThat(page.locator("vaadin-grid.bottleneck-grid").innerText()).contains(newTitle, "Mới phát hiện");
        screenshot("bottleneck-register");
    }
}
