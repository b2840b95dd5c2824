package vn.pcitracker.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.shared.i18n.AppLocales;

class MainLayoutViewTest extends ViewTestBase {

    static Stream<Arguments> routesPerDemoLogin() {
        return Stream.of(
                Arguments.of("admin", List.of("", "dashboard", "pci/goals", "pci/what-if", "reports/monthly", "pci/results", "admin/pci-editions", "scorecard", "issues", "dialogues", "licensing/lines", "licensing/procedures", "bottlenecks", "commitments", "calendar", "ddci", "ddci/results", "admin/agencies", "admin/associations", "enterprises",
                        "admin/accounts", "admin/sessions", "admin/issue-fields", "admin/reference-data", "admin/api-keys", "admin/outbox", "admin/notification-templates", "admin/audit")),
                Arguments.of("investment", List.of("", "dashboard", "pci/goals", "pci/what-if", "reports/monthly", "pci/results", "scorecard", "issues", "dialogues", "licensing/lines", "licensing/procedures", "bottlenecks", "commitments", "calendar", "ddci", "ddci/results", "enterprises")),
                Arguments.of("agency", List.of("", "dashboard", "pci/goals", "pci/what-if", "scorecard", "issues", "issues/my-agency", "dialogues", "licensing/lines", "licensing/procedures", "bottlenecks", "commitments", "calendar", "ddci/results")),
                Arguments.of("association", List.of("", "issues", "portal", "my-submissions", "bottlenecks")),
                Arguments.of("leader", List.of("", "dashboard", "pci/goals", "pci/what-if", "reports/monthly", "scorecard", "issues", "dialogues", "licensing/lines", "licensing/procedures", "bottlenecks", "commitments", "calendar", "ddci", "ddci/results")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesPerDemoLogin")
    void theSideNavigationListsExactlyTheViewsTheRoleMayOpen(String username, List<String> expectedRoutes) {
        signInAs(username);

        assertThat(navigationItems()).extracting(SideNavItem::getPath).containsExactlyInAnyOrderElementsOf(expectedRoutes);
    }

    @Test
    void navigationLabelsAreVietnameseByDefault() {
        signInAs("leader");

        assertThat(navigationItems()).extracting(SideNavItem::getLabel)
                .containsExactlyInAnyOrder("Bảng điều hành", "Tổng quan", "Mục tiêu PCI", "Tính thử PCI", "Bảng điểm cơ quan", "Báo cáo định kỳ", "Kiến nghị", "Đối thoại doanh nghiệp", "Ngành nghề có điều kiện", "Thủ tục cấp phép", "Điểm nghẽn cấp phép", "Giao ước thi đua", "Lịch làm việc", "Danh mục DDCI", "Kết quả DDCI");
    }

    @Test
    void navigationLabelsFollowTheUiLanguage() {
        signInAs("leader");

        reloadIn(AppLocales.ENGLISH);

        assertThat(navigationItems()).extracting(SideNavItem::getLabel)
                .containsExactlyInAnyOrder("Dashboard", "Overview", "PCI goals", "PCI what-if", "Agency scorecard", "Periodic report", "Recommendations", "Business dialogues", "Conditional business lines", "Licensing procedures", "Licensing bottlenecks", "Emulation commitments", "Calendar", "DDCI catalogue", "DDCI results");
    }

    @Test
    void theUserMenuShowsTheSignedInUsersDisplayName() {
        signInAs("investment");

        assertThat(_get(_get(UserMenu.class), Span.class, spec -> spec.withClasses("user-name")).getText())
                .isEqualTo("Nguyễn Thu Hà – Sở Tài chính (demo)");
    }

    private static List<SideNavItem> navigationItems() {
        return _find(_get(MainLayout.class), SideNavItem.class, spec -> spec.withPredicate(item -> item.getParent()
                .filter(SideNav.class::isInstance).isPresent()));
    }
}
