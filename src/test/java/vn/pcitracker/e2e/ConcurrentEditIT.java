package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

/**
 * Two investment officers, each in a Chromium of their own, open the same recommendation and both edit it: the first
 * save goes through; the second is told in Vietnamese that someone else has just changed the record, and nothing of
 * the first is overwritten (optimistic locking on the version each of them read).
 */
class ConcurrentEditIT extends BrowserTest {

    private static final String STALE = "Bản ghi vừa được người khác thay đổi.";
    private static final String PASSWORD = "hai-nguoi-cung-sua-2026";

    @Autowired
    ApplicationContext spring;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecondOfTwoOfficersSavingTheSameRecommendationIsToldAndTheFirstEditStays() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String colleague = "investment-" + tag;
        TestLogins.signIn(spring, "admin");
        try {
            accounts.create(new AccountForm(colleague, "Trịnh Văn Nam (thử nghiệm)", null, Role.INVESTMENT_OFFICER, null, null),
                    PASSWORD);
        } finally {
            SecurityContextHolder.clearContext();
        }
        String original = "Thủ tục cấp phép môi trường kéo dài " + tag;
        logIn("investment", "demo");
        String issuePath = newRecommendation(original);
        BrowserContext firstContext = context;
        Page first = page;
        try {
            openPage();
            logIn(colleague, PASSWORD);
            Page second = page;
            second.navigate(url(issuePath));
            waitForVaadin();

            openEdit(first);
            first.locator(field("vaadin-text-field", "Tiêu đề") + " input").fill(original + " (đã sửa lần một)");
            confirm(first);
            first.locator(".issue-detail:has-text('đã sửa lần một')").waitFor();

            openEdit(second);
            second.locator(field("vaadin-text-area", "Nội dung kiến nghị") + " textarea").fill("Nội dung của người thứ hai " + tag);
            second.locator("vaadin-button.issue-action-confirm").click();
            second.locator("vaadin-notification-card:has-text('" + STALE + "')").waitFor();
            page = second;
            screenshot("concurrent-edit-refused-vi");

            Map<String, Object> stored = jdbc.queryForMap("select title, content from issue where id = ?", idOf(issuePath));
            assertThat(stored.get("title")).isEqualTo(original + " (đã sửa lần một)");
            assertThat((String) stored.get("content")).doesNotContain("người thứ hai");
            assertThat(jdbc.queryForList("select action from issue_event where issue_id = ? order by id", String.class, idOf(issuePath)))
                    .containsExactly("CREATE", "EDIT");
            second.locator(".issue-detail:has-text('đã sửa lần một')").waitFor();
        } finally {
            firstContext.close();
        }
    }

    private String newRecommendation(String title) {
        page.navigate(url("issues/new"));
        waitForVaadin();
        page.locator(field("vaadin-text-field", "Tiêu đề") + " input").fill(title);
        page.locator(field("vaadin-text-area", "Nội dung kiến nghị") + " textarea").fill("Hồ sơ đánh giá tác động môi trường chờ hơn 60 ngày.");
        pickInCombo("Kênh tiếp nhận", "Đường dây nóng");
        pickInCombo("Lĩnh vực", "Xây dựng");
        page.locator("vaadin-button:has-text('Lưu')").first().click();
        page.waitForURL(Pattern.compile(".*/issues/\\d+$"));
        waitForVaadin();
        return page.url().substring(page.url().indexOf("issues/"));
    }

    private void openEdit(Page where) {
        where.locator(".issue-actions vaadin-button[data-action=EDIT]").click();
        where.locator("vaadin-button.issue-action-confirm").waitFor();
    }

    private static void confirm(Page where) {
        where.locator("vaadin-button.issue-action-confirm").click();
        where.locator("vaadin-button.issue-action-confirm").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    private static long idOf(String issuePath) {
        return Long.parseLong(issuePath.substring(issuePath.lastIndexOf('/') + 1));
    }
}
