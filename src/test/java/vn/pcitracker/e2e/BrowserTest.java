package vn.pcitracker.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port, driven by Debian's Chromium through Playwright. Nothing is
 * downloaded: Playwright's driver ships in its jar and the browser is the system's. Playwright gives
 * every launch a fresh temporary profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        openPage(1366, 900);
    }

    /** A fresh context (nobody signed in) with a window of the given size, e.g. 390×844 for a phone. */
    void openPage(int width, int height) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Logs in through the login view and waits for the main layout. */
    void logIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first().click();
        page.waitForSelector("vaadin-app-layout");
        waitForVaadin();
    }

    void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    /** A Vaadin field of the given tag whose own label reads {@code label}, as a CSS selector. */
    static String field(String tag, String label) {
        return tag + ":has(> label:text-is('" + label + "'))";
    }

    void pickInCombo(String label, String item) {
        Locator input = page.locator(field("vaadin-combo-box", label) + " input");
        input.click();
        input.fill(item);
        page.locator("vaadin-combo-box-item:visible:has-text('" + item + "')").first().click();
        waitForVaadin();
    }

    void pickInMultiCombo(String label, String item) {
        Locator input = page.locator(field("vaadin-multi-select-combo-box", label) + " input");
        input.click();
        input.fill(item);
        page.locator("vaadin-multi-select-combo-box-item:visible:has-text('" + item + "')").first().click();
        page.keyboard().press("Escape");
        waitForVaadin();
    }
}
