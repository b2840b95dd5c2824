package vn.pcitracker.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.notification.NotificationService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

class NotificationBellViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;
    @Autowired NotificationService notifications;

    @Test
    void theBellCountsTheUnreadNotificationsAndItsListOpensTheRecord() {
        TestLogins.signIn(context, "agency-kkt");
        notifications.markAllRead();
        IssueDetails first = assignToEconomicZone("Kiến nghị chuông thứ nhất");
        IssueDetails second = assignToEconomicZone("Kiến nghị chuông thứ hai");
        signInAs("agency-kkt");

        NotificationBell bell = _get(NotificationBell.class);
        assertThat(_get(bell, Badge.class).getText()).isEqualTo("2");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Thông báo (2 chưa đọc)");

        _click(bell);
        NotificationDialog dialog = _get(NotificationDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Kiến nghị " + second.code() + " được giao cho đơn vị chủ trì")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("issues/" + second.id());
        bell = _get(NotificationBell.class);
        assertThat(_get(bell, Badge.class).getText()).isEqualTo("1");
        _click(bell);
        _click(_get(Button.class, spec -> spec.withText("Đánh dấu đã đọc tất cả")));
        assertThat(_find(bell, Badge.class)).as("no count when all is read").isEmpty();
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Thông báo (0 chưa đọc)");
        assertThat(_find(Button.class, spec -> spec.withText("Kiến nghị " + first.code() + " được giao cho đơn vị chủ trì")))
                .hasSize(1);
    }

    private IssueDetails assignToEconomicZone(String title) {
        TestLogins.signIn(context, "investment");
        long fieldId = context.getBean(IssueFieldService.class).fields().getFirst().id();
        DdciService ddci = context.getBean(DdciService.class);
        long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        long zone = context.getBean(AgencyService.class).findByCode("BQL-KKT").orElseThrow().id();
        IssueDetails created = issues.create(new NewIssue(title, "Nội dung " + title, IssueChannel.HOTLINE, null, fieldId,
                IssuePriority.NORMAL, java.util.List.of(), java.util.List.of(), Set.of(component), false, null));
        return issues.assign(created.id(), new Assignment(zone, Set.of(), null, null), created.version());
    }
}
