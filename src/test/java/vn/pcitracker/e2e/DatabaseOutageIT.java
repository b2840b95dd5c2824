package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The database stops for 30 seconds while an investment officer works: a recommendation saved during the outage is
 * refused in plain words (nothing half-saved, the form keeps what was typed), a page opened meanwhile says the
 * database cannot be reached instead of a stack trace, and once the database is back the same save goes through
 * and pages open again, without restarting the application. The application runs on an embedded PostgreSQL of its
 * own (same port and data directory after the restart), so the suite's shared database is never touched. A leader
 * whose language is English reads the same in English.
 */
@DirtiesContext
class DatabaseOutageIT extends BrowserTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Path DATA = Path.of("target", "outage-postgres").toAbsolutePath();
    private static final int DATABASE_PORT = freePort();
    private static final String REFUSED = "Tạm thời không kết nối được cơ sở dữ liệu; dữ liệu chưa được lưu.";
    private static final String PAGE_UNAVAILABLE = "Hệ thống tạm thời gián đoạn";
    private static EmbeddedPostgres database;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        database = start(true);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + DATABASE_PORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("app.demo.enabled", () -> "true");
    }

    @Test
    void aThirtySecondOutageRefusesTheSaveInPlainWordsAndTheSameSaveGoesThroughWhenTheDatabaseReturns() throws Exception {
        String title = "Mất điện lưới khu công nghiệp " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("UPDATE user_account SET preferred_locale = 'en-US' WHERE username = 'leader'");
        logIn("leader", "demo");
        BrowserContext leaderContext = context;
        Page english = page;
        openPage();
        logIn("investment", "demo");
        page.navigate(url("issues/new"));
        waitForVaadin();
        page.locator(field("vaadin-text-field", "Tiêu đề") + " input").fill(title);
        page.locator(field("vaadin-text-area", "Nội dung kiến nghị") + " textarea").fill("Doanh nghiệp bị cắt điện ba lần trong tháng.");
        pickInCombo("Kênh tiếp nhận", "Đường dây nóng");
        pickInCombo("Lĩnh vực", "Xây dựng");

        database.close();
        Instant stopped = Instant.now();

        page.locator("vaadin-button:has-text('Lưu')").first().click();
        Locator refused = page.locator("vaadin-notification-card:has-text('" + REFUSED + "')");
        refused.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(page.url()).endsWith("issues/new");
        assertThat(page.locator(field("vaadin-text-field", "Tiêu đề") + " input").inputValue()).isEqualTo(title);
        screenshot("outage-save-refused-vi");

        Page other = context.newPage();
        other.navigate(url("issues"));
        other.locator("text=" + PAGE_UNAVAILABLE).waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(other.content()).doesNotContain("Exception").doesNotContain("at vn.pcitracker");
        other.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/outage-page-vi.png")).setFullPage(true));
        english.navigate(url("issues"));
        english.locator("text=Service briefly interrupted").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        english.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/outage-page-en.png")).setFullPage(true));
        leaderContext.close();

        Duration left = OUTAGE.minus(Duration.between(stopped, Instant.now()));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        database = start(false);

        assertThat(jdbc.queryForObject("select count(*) from issue where title = ?", Long.class, title))
                .as("the save refused during the outage left no row").isZero();
        page.locator("vaadin-button:has-text('Lưu')").first().click();
        page.waitForURL(Pattern.compile(".*/issues/\\d+$"), new Page.WaitForURLOptions().setTimeout(30_000));
        waitForVaadin();
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from issue where title = ?", Long.class, title)).isOne();
        assertThat(jdbc.queryForList("select action from issue_event where issue_id = ?", String.class, id))
                .containsExactly("CREATE");

        other.locator("a:has-text('Thử lại')").click();
        other.waitForSelector("vaadin-grid.issue-grid");
        assertThat(other.locator("text=" + PAGE_UNAVAILABLE).count()).isZero();
    }

    /** A fresh server the first time; afterwards the same data directory and port, as after a database restart. */
    private static EmbeddedPostgres start(boolean fresh) {
        try {
            if (fresh) {
                FileSystemUtils.deleteRecursively(DATA);
            }
            // Never "clean": zonky would then delete the data directory when the server stops.
            return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(DATABASE_PORT)
                    .setLocaleConfig("encoding", "UTF8").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
