package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a recommendation in Chromium, as the demo users would live it: the investment department
 * logs a dialogue session and a recommendation raised there, classifies and assigns it; the Department of
 * Construction starts and answers it; the association that raised it is satisfied; the department closes it.
 */
class RecommendationJourneyIT extends BrowserTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRecommendationTravelsFromADialogueToASatisfiedClosingAndTheTimelineShowsEachStep() {
        logIn("investment", "demo");
        long dialogueId = logDialogueSession("Đối thoại doanh nghiệp tháng " + tag);
        String title = "Cấp phép xây dựng nhà xưởng chậm " + tag;
        String issuePath = logRecommendation(dialogueId, title);
        move("CLASSIFY");
        confirm();
        move("ASSIGN");
        pickInCombo("Đơn vị chủ trì", "Sở Xây dựng");
        confirm();
        assertThat(stateBadge()).isEqualTo("Đã giao xử lý");
        page.navigate(url("issues?q=" + tag.substring(0, 6)));
        waitForVaadin();
        assertThat(page.locator("vaadin-grid.issue-grid").innerText()).contains(title);

        switchUser("agency");
        page.navigate(url("issues/my-agency"));
        waitForVaadin();
        page.locator("vaadin-grid-cell-content:has-text('" + title + "')").first().click();
        page.waitForURL("**/" + issuePath);
        waitForVaadin();
        move("START");
        confirm();
        move("ANSWER");
        page.locator(field("vaadin-text-area", "Nội dung trả lời") + " textarea").fill("Sở đã cấp phép; doanh nghiệp nhận giấy phép tại bộ phận một cửa.");
        page.locator(field("vaadin-text-field", "Số văn bản") + " input").fill("123/SXD-QLXD");
        fillDate("Ngày văn bản", TODAY);
        confirm();
        assertThat(stateBadge()).isEqualTo("Đã trả lời");

        switchUser("association");
        page.navigate(url(issuePath));
        waitForVaadin();
        move("FEEDBACK");
        Locator groups = page.locator("vaadin-dialog-overlay vaadin-radio-group, vaadin-dialog vaadin-radio-group");
        groups.nth(0).locator("vaadin-radio-button").nth(0).click();
        groups.nth(1).locator("vaadin-radio-button").nth(4).click();
        page.locator(field("vaadin-text-area", "Ý kiến") + " textarea").fill("Giải quyết nhanh, cảm ơn Sở.");
        confirm();
        assertThat(page.locator(".issue-feedback").innerText()).contains("5/5", "Hài lòng");

        switchUser("investment");
        page.navigate(url(issuePath));
        waitForVaadin();
        move("CLOSE");
        confirm();
        assertThat(stateBadge()).isEqualTo("Đã kết thúc");
        List<String> steps = page.locator("li.timeline-entry").all().stream().map(entry -> entry.getAttribute("data-action")).toList();
        assertThat(steps).containsExactly("CREATE", "CLASSIFY", "ASSIGN", "START", "ANSWER", "FEEDBACK_SATISFIED", "CLOSE");
        assertThat(page.locator(".issue-timeline").innerText()).contains("Tiếp nhận", "Phân loại", "Giao xử lý", "Bắt đầu xử lý",
                "Trả lời", "Sở Xây dựng");
        screenshot("issue-detail-vi");

        chooseLanguage("Ngôn ngữ", "English");
        try {
            page.navigate(url(issuePath));
            waitForVaadin();
            screenshot("issue-detail-en");
            assertThat(page.locator(".issue-timeline").innerText()).contains("Department of Construction");
            assertThat(page.locator("h3").allInnerTexts()).contains("History");
        } finally {
            chooseLanguage("Language", "Tiếng Việt");
        }
    }

    /** Creates the session through the dialogue list and returns its id, read from the session page's address. */
    private long logDialogueSession(String title) {
        page.navigate(url("dialogues"));
        waitForVaadin();
        page.locator("vaadin-button:has-text('Thêm phiên đối thoại')").click();
        page.locator(field("vaadin-select", "Hình thức") + " vaadin-select-value-button").click();
        page.locator("vaadin-select-item:visible:has-text('Đối thoại định kỳ hằng tháng')").first().click();
        page.locator(field("vaadin-text-field", "Tiêu đề") + " input").fill(title);
        fillDate("Ngày tổ chức", TODAY);
        pickInCombo("Cơ quan chủ trì", "Sở Tài chính");
        page.locator("vaadin-button:has-text('Lưu')").last().click();
        waitForVaadin();
        page.locator("vaadin-grid-cell-content:has-text('" + title + "')").first().click();
        page.waitForURL(Pattern.compile(".*/dialogues/\\d+$"));
        Matcher id = Pattern.compile("/dialogues/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Logs the recommendation from the session's link and returns the detail page's path. */
    private String logRecommendation(long dialogueId, String title) {
        page.navigate(url("issues/new?dialogue=" + dialogueId));
        waitForVaadin();
        assertThat(page.locator(field("vaadin-combo-box", "Hội nghị đối thoại") + " input").inputValue()).contains(tag);
        page.locator(field("vaadin-text-field", "Tiêu đề") + " input").fill(title);
        page.locator(field("vaadin-text-area", "Nội dung kiến nghị") + " textarea")
                .fill("Hồ sơ cấp phép xây dựng nhà xưởng nộp từ tháng trước nhưng chưa có kết quả.");
        pickInCombo("Lĩnh vực", "Xây dựng");
        pickInMultiCombo("Hiệp hội kiến nghị hoặc ủng hộ", "Hiệp hội Doanh nghiệp thành phố Hải Phòng");
        pickInMultiCombo("Chỉ số thành phần DDCI", "Chất lượng dịch vụ công");
        page.locator("vaadin-button:has-text('Lưu')").click();
        page.waitForURL(Pattern.compile(".*/issues/\\d+$"));
        waitForVaadin();
        assertThat(stateBadge()).isEqualTo("Đã tiếp nhận");
        return page.url().substring(page.url().indexOf("issues/"));
    }

    /** A Vaadin field by its visible label (the label is a slotted child, not an attribute). */

    private void move(String action) {
        page.locator(".issue-actions vaadin-button[data-action=" + action + "]").click();
        waitForVaadin();
    }

    private void confirm() {
        page.locator("vaadin-button.issue-action-confirm").click();
        waitForVaadin();
        page.locator("vaadin-button.issue-action-confirm").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    private String stateBadge() {
        return page.locator(".issue-detail vaadin-badge.issue-state, .issue-detail .issue-state").first().innerText().strip();
    }

    private void fillDate(String label, String date) {
        Locator input = page.locator(field("vaadin-date-picker", label) + " input");
        input.fill(date);
        input.press("Enter");
        waitForVaadin();
    }

    private void switchUser(String username) {
        context.close();
        openPage();
        logIn(username, "demo");
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
