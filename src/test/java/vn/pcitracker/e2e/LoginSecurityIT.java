package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.AccountSummary;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

/** The login form, sessions and the content security policy, in Chromium against the real server. */
class LoginSecurityIT extends BrowserTest {

    /** Every CSP violation the page reports, gathered from the moment each document starts. */
    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""";

    @Autowired ApplicationContext spring;
    @Autowired AccountService accounts;

    private final List<String> consoleViolations = new ArrayList<>();

    @AfterEach
    void signOutOfTheServerThread() {
        TestLogins.signOut();
    }

    private String sessionCookie() {
        return context.cookies(url("")).stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }

    private void submitLogin(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first().click();
        page.waitForURL(u -> u.contains("/login?"));
        waitForVaadin();
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsWorthlessAfterLogout() {
        page.navigate(url("login"));
        waitForVaadin();
        String beforeLogin = sessionCookie();
        assertThat(beforeLogin).isNotNull();

        logIn("leader", "demo");
        String signedIn = sessionCookie();
        assertThat(signedIn).isNotEqualTo(beforeLogin);

        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:has-text('Đăng xuất')").click();
        page.waitForURL(u -> u.contains("/login"));
        waitForVaadin();

        BrowserContext thief = context.browser().newContext();
        thief.addCookies(List.of(new Cookie("JSESSIONID", signedIn).setDomain("localhost").setPath("/")));
        var stolen = thief.newPage();
        stolen.navigate(url("dashboard"));
        stolen.waitForURL(u -> u.contains("/login"));
        assertThat(stolen.url()).contains("/login");
        thief.close();
    }

    @Test
    void fiveWrongPasswordsForANameLockItAndTheFormSaysUntilWhen() {
        String name = "khong-co-ai-" + UUID.randomUUID().toString().substring(0, 6);
        for (int attempt = 1; attempt <= 4; attempt++) {
            submitLogin(name, "sai-" + attempt);
            assertThat(page.url()).contains("/login?error");
        }
        submitLogin(name, "sai-5");

        assertThat(page.url()).contains("/login?locked=");
        assertThat(page.getByText("Tạm khóa đăng nhập").isVisible()).isTrue();
        assertThat(page.getByText("tạm bị khóa đến", new com.microsoft.playwright.Page.GetByTextOptions()).innerText())
                .contains("giờ Việt Nam");
        screenshot("login-locked-vi");
    }

    @Test
    void theLoginPageAndTheDashboardRunUnderTheContentSecurityPolicyWithoutAViolation() {
        page.addInitScript(COLLECT_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                consoleViolations.add(message.text());
            }
        });
        var response = page.navigate(url("login"));
        assertThat(response.headers().get("content-security-policy")).contains("frame-ancestors 'none'", "object-src 'none'");
        waitForVaadin();
        assertThat(page.evaluate("window.__cspViolations")).asList().isEmpty();

        logIn("leader", "demo");
        page.navigate(url("dashboard"));
        waitForVaadin();
        Locator charts = page.locator("echarts-chart.dashboard-chart");
        charts.first().locator("canvas").waitFor();
        page.waitForTimeout(1500);

        assertThat(charts.first().locator("canvas").evaluate("c => c.width")).isNotEqualTo(0);
        assertThat(page.evaluate("window.__cspViolations")).asList().isEmpty();
        assertThat(consoleViolations).isEmpty();
    }

    @Test
    void anAccountDisabledWhileSignedInIsSentToTheLoginPageAtItsNextStep() {
        TestLogins.signIn(spring, "admin");
        String username = "tat-" + UUID.randomUUID().toString().substring(0, 6);
        AccountSummary account = accounts.create(new AccountForm(username, "Sắp bị khóa", null, Role.LEADER, null, null),
                "mot-mat-khau-dai-2026");
        logIn(username, "mot-mat-khau-dai-2026");

        accounts.setEnabled(account.id(), false, account.version());

        page.navigate(url("dashboard"));
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.url()).contains("/login");
    }

    @Test
    void anAccountWhoseRoleChangesWhileSignedInIsSentToTheLoginPageAtItsNextStep() {
        TestLogins.signIn(spring, "admin");
        String username = "vai-" + UUID.randomUUID().toString().substring(0, 6);
        AccountSummary account = accounts.create(new AccountForm(username, "Đổi vai trò", null, Role.LEADER, null, null),
                "mot-mat-khau-dai-2026");
        logIn(username, "mot-mat-khau-dai-2026");
        page.navigate(url("dashboard"));
        waitForVaadin();
        assertThat(page.url()).contains("/dashboard");

        accounts.update(account.id(), new AccountForm(username, "Đổi vai trò", null, Role.INVESTMENT_OFFICER, null, null),
                account.version());

        // a click in the page still open (a round trip of Vaadin's client, not a new page load)
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions()
                .setHasText("Tổng quan")).first().click();
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.url()).contains("/login");
    }

    @Test
    void theHeadersComeOverRealHttpAndOnlyTheHealthEndpointIsPublic() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        // Reachable without signing in; 503 when a component is down (the tests' mail server is not there).
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\"");
        for (String other : List.of("actuator/env", "actuator/beans", "actuator/info", "actuator/metrics")) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(url(other))).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(other).isNotEqualTo(200);
        }
    }
}
