package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An emulation commitment in Chromium: the investment department records a commitment of the Department of
 * Construction with one of its divisions and one criterion; the department's officer checks in for the quarter with
 * a note; the page then shows the score with the formula and the check-in in the history. The department then retires
 * it: it leaves the list and is listed among the retired commitments.
 */
class CommitmentJourneyIT extends BrowserTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCommitmentIsRecordedThenCheckedInByTheAgencyAndItsScoreFollows() {
        logIn("investment", "demo");
        page.navigate(url("commitments"));
        waitForVaadin();
        page.locator("vaadin-button.commitment-new").click();
        page.waitForURL("**/commitments/new");
        waitForVaadin();
        String title = "Giao ước thử nghiệm " + tag;
        page.locator(field("vaadin-text-field", "Tên giao ước") + " input").fill(title);
        pickInCombo("Cơ quan ký (lãnh đạo)", "Sở Xây dựng");
        page.locator(field("vaadin-text-field", "Chức danh người ký") + " input").fill("Giám đốc Sở");
        page.locator(field("vaadin-text-area", "Các phòng, đơn vị thuộc cơ quan") + " textarea").fill("Phòng Thử nghiệm " + tag);
        Locator row = page.locator(".criterion-row").first();
        row.locator(field("vaadin-text-field", "Tiêu chí (đo cái gì)") + " input").fill("Số hồ sơ cấp phép trực tuyến " + tag);
        row.locator(field("vaadin-text-field", "Đơn vị tính") + " input").fill("hồ sơ");
        row.locator(field("vaadin-text-field", "Mức cơ sở") + " input").fill("10");
        row.locator(field("vaadin-text-field", "Mục tiêu") + " input").fill("20");
        row.locator(field("vaadin-integer-field", "Trọng số") + " input").fill("100");
        page.locator("vaadin-button.commitment-save").click();
        page.waitForURL(Pattern.compile(".*/commitments/\\d+$"));
        waitForVaadin();
        String path = page.url().substring(page.url().indexOf("commitments/"));
        assertThat(page.locator("h2.commitment-title").innerText()).isEqualTo(title);

        context.close();
        openPage();
        logIn("agency", "demo");
        page.navigate(url(path));
        waitForVaadin();
        page.locator("vaadin-button.commitment-check-in").click();
        waitForVaadin();
        pickInCombo("Tiêu chí", "Số hồ sơ cấp phép trực tuyến " + tag);
        pickInCombo("Tình trạng", "Đúng tiến độ");
        page.locator(field("vaadin-text-field", "Giá trị đạt được") + " input").fill("16");
        page.locator(field("vaadin-text-area", "Ghi chú, minh chứng") + " textarea").fill("16 hồ sơ nộp trực tuyến trong quý " + tag);
        page.locator("vaadin-button.check-in-save").click();
        waitForVaadin();
        page.locator("vaadin-button:has-text('Đóng')").click();
        waitForVaadin();

        // 100 × (16 − 10) ÷ (20 − 10) = 60 for the only division, so the commitment scores 60.
        assertThat(page.locator(".commitment-score").innerText()).contains("Điểm giao ước: 60,0 / 100", "Cách tính");
        assertThat(page.locator("vaadin-grid.commitment-history").innerText()).contains("16 hồ sơ nộp trực tuyến trong quý " + tag,
                "Đúng tiến độ");
        assertThat(page.locator("vaadin-grid.scorecard-breakdown").innerText()).contains("(16 − 10) ÷ (20 − 10) = 0,60");
        screenshot("commitment-page");

        // The investment department retires it: it leaves the list, and is among the retired ones, history kept.
        context.close();
        openPage();
        logIn("investment", "demo");
        page.navigate(url(path));
        waitForVaadin();
        page.locator("vaadin-button.commitment-retire").click();
        waitForVaadin();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        page.waitForURL("**/commitments");
        waitForVaadin();
        assertThat(page.locator("vaadin-grid").first().innerText()).doesNotContain(title);
        page.locator("vaadin-button.commitment-show-retired").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-grid").last().innerText()).contains(title, "investment");
    }

    /** A Vaadin field by its visible label (the label is a slotted child, not an attribute). */
}
