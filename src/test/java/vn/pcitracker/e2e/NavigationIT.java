package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo role logs in, sees exactly the navigation its role allows, and is refused elsewhere. */
class NavigationIT extends BrowserTest {

    private static final String ALL = "/";

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', value = {
            "admin       | / dashboard pci/goals pci/what-if reports/monthly pci/results admin/pci-editions scorecard issues dialogues licensing/lines licensing/procedures bottlenecks commitments calendar ddci ddci/results admin/agencies admin/associations enterprises admin/accounts admin/sessions admin/issue-fields admin/reference-data admin/api-keys admin/outbox admin/notification-templates admin/audit",
            "investment  | / dashboard pci/goals pci/what-if reports/monthly pci/results scorecard issues dialogues licensing/lines licensing/procedures bottlenecks commitments calendar ddci ddci/results enterprises",
            "agency      | / dashboard pci/goals pci/what-if scorecard issues issues/my-agency dialogues licensing/lines licensing/procedures bottlenecks commitments calendar ddci/results",
            "association | / issues portal my-submissions bottlenecks",
            "leader      | / dashboard pci/goals pci/what-if reports/monthly scorecard issues dialogues licensing/lines licensing/procedures bottlenecks commitments calendar ddci ddci/results"})
    void eachRoleSeesExactlyItsNavigation(String username, String expected) {
        logIn(username, "demo");
        List<String> paths = page.locator("vaadin-side-nav-item").all().stream()
                .map(item -> item.getAttribute("path")).map(path -> path == null || path.isEmpty() ? ALL : path).toList();
        screenshot("navigation-" + username);

        assertThat(new TreeSet<>(paths)).isEqualTo(new TreeSet<>(Set.of(expected.split(" "))));
    }

    @ParameterizedTest(name = "{0} may not open {1}")
    @CsvSource({"leader, admin/accounts", "investment, admin/sessions", "association, calendar", "agency, enterprises", "investment, admin/reference-data",
            "agency, reports/monthly"})
    void aRouteOutsideTheRoleIsRefused(String username, String forbidden) {
        logIn(username, "demo");
        page.navigate(url(forbidden));
        waitForVaadin();

        assertThat(page.locator("vaadin-grid").count()).isZero();
        assertThat(page.content()).containsAnyOf("Could not navigate", "Không", "not found", "404");
    }

    @org.junit.jupiter.api.Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessageInVietnamese() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("leader");
        page.locator("vaadin-login-form input[name=password]").fill("wrong");
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first().click();
        page.waitForURL("**/login?error**");
        waitForVaadin();

        assertThat(page.getByText("Sai tên đăng nhập hoặc mật khẩu").isVisible()).isTrue();
    }
}
