package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An association's whole part, in Chromium: it files a concern from a phone-sized window, the investment
 * department assigns it, the Department of Construction answers, the association rates the answer from the phone,
 * and a visitor who is not signed in reads the answer on the public results page.
 */
class AssociationJourneyIT extends BrowserTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    private static final String ANSWER = "Sở đã cấp phép xây dựng kho lạnh; doanh nghiệp nhận giấy phép tại bộ phận một cửa.";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAssociationFilesFromAPhoneIsAnsweredRatesTheAnswerAndTheAnswerIsPublished() {
        onPhoneAs("association");
        page.navigate(url("portal"));
        waitForVaadin();
        String title = "Chậm cấp phép xây dựng kho lạnh " + tag;
        page.locator(field("vaadin-text-field", "Tiêu đề") + " input").fill(title);
        page.locator(field("vaadin-text-area", "Nội dung kiến nghị") + " textarea")
                .fill("Hồ sơ xin cấp phép xây dựng kho lạnh nộp đã 35 ngày nhưng chưa có kết quả.");
        pickInCombo("Lĩnh vực", "Xây dựng");
        page.locator(field("vaadin-text-area", "Mã số thuế doanh nghiệp liên quan") + " textarea").fill("0299000001");
        page.locator("vaadin-checkbox.portal-may-publish").click();
        screenshot("portal-phone-form");
        page.locator("vaadin-button.portal-submit").click();
        String heading = page.locator("h2.portal-filed").innerText();
        Matcher code = Pattern.compile("KN-\\d{4}-\\d{6}").matcher(heading);
        assertThat(code.find()).as(heading).isTrue();
        String issuePath = page.locator("a.portal-open-filed").getAttribute("href");
        screenshot("portal-phone-filed");

        switchUser("investment");
        open(issuePath);
        move("EDIT");
        pickInMultiCombo("Chỉ số thành phần DDCI", "Chất lượng dịch vụ công");
        confirm();
        move("ASSIGN");
        pickInCombo("Đơn vị chủ trì", "Sở Xây dựng");
        confirm();

        switchUser("agency");
        open(issuePath);
        move("START");
        confirm();
        move("ANSWER");
        page.locator(field("vaadin-text-area", "Nội dung trả lời") + " textarea").fill(ANSWER);
        page.locator(field("vaadin-text-field", "Số văn bản") + " input").fill("77/SXD-QLXD");
        Locator date = page.locator(field("vaadin-date-picker", "Ngày văn bản") + " input");
        date.fill(TODAY);
        date.press("Enter");
        waitForVaadin();
        confirm();

        context.close();
        onPhoneAs("association");
        page.locator("vaadin-button.notification-bell").click();
        Locator news = page.locator(".notification-row.unread .notification-text")
                .filter(new Locator.FilterOptions().setHasText(code.group()));
        news.first().waitFor();
        assertThat(news.first().innerText()).as("the association is told the answer came").contains(code.group());
        page.keyboard().press("Escape");
        page.navigate(url("my-submissions"));
        waitForVaadin();
        page.locator("article.my-submission[data-code='" + code.group() + "'] a.my-submission-rate").click();
        page.waitForURL("**/" + issuePath);
        waitForVaadin();
        move("FEEDBACK");
        Locator groups = page.locator("vaadin-dialog-overlay vaadin-radio-group, vaadin-dialog vaadin-radio-group");
        groups.nth(0).locator("vaadin-radio-button").nth(0).click();
        groups.nth(1).locator("vaadin-radio-button").nth(4).click();
        confirm();
        assertThat(page.locator(".issue-feedback").innerText()).contains("5/5", "Hài lòng");
        screenshot("portal-phone-rated");

        context.close();
        openPage();
        page.navigate(url("public"));
        waitForVaadin();
        page.locator(field("vaadin-text-field", "Tìm kiếm") + " input").fill(tag);
        page.locator(field("vaadin-text-field", "Tìm kiếm") + " input").press("Enter");
        page.waitForFunction("() => document.querySelectorAll('article.public-answer').length === 1");
        Locator card = page.locator("article.public-answer[data-code='" + code.group() + "']");
        assertThat(card.innerText()).contains(title, ANSWER, "Sở Xây dựng", "Trả lời đúng hạn", "Bên gửi hài lòng (5/5)");
        assertThat(page.locator("article.public-answer").count()).isEqualTo(1);
        screenshot("public-results");
        card.locator("a").first().click();
        page.waitForURL("**/public/" + code.group());
        waitForVaadin();
        assertThat(page.locator("article.public-answer").innerText()).contains(ANSWER);
        assertThat(page.content()).doesNotContain("Nguyễn Thu Hà");
        screenshot("public-answer");
    }

    private void onPhoneAs(String username) {
        openPage(390, 844);
        logIn(username, "demo");
    }

    private void switchUser(String username) {
        context.close();
        openPage();
        logIn(username, "demo");
    }

    private void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
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
                .setState(WaitForSelectorState.DETACHED));
    }
}
