package vn.pcitracker.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueAction;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.IssueState;

class IssueDetailViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;

    private IssueFixtures fixtures() {
        return new IssueFixtures(context);
    }

    @Test
    void theLeadAgencyOfficerSeesExactlyTheMovesTheWorkflowAllowsIt() {
        IssueDetails issue = fixtures().assignedTo("S-XD", "Cấp phép xây dựng chậm " + IssueFixtures.unique());
        signInAs("agency");

        assertThat(actionButtons(open(issue))).isEqualTo(expected(issue.id()))
                .contains("START", "REQUEST_EXTENSION").doesNotContain("ASSIGN", "CLASSIFY", "CLOSE", "EXTEND");
    }

    @Test
    void theInvestmentOfficerSeesRoutingMovesOnAnAssignedIssue() {
        IssueDetails issue = fixtures().assignedTo("S-XD", "Giấy phép môi trường " + IssueFixtures.unique());
        signInAs("investment");

        assertThat(actionButtons(open(issue))).isEqualTo(expected(issue.id())).contains("ASSIGN", "EXTEND")
                .doesNotContain("CLASSIFY", "FEEDBACK");
    }

    @Test
    void theLeaderReadsTheIssueWithoutAnyActionButton() {
        String title = "Điện cho khu công nghiệp " + IssueFixtures.unique();
        IssueDetails issue = fixtures().assignedTo("S-XD", title);
        signInAs("leader");

        IssueDetailView view = open(issue);

        assertThat(view.getElement().getTextRecursively()).contains(title, issue.code());
        assertThat(actionButtons(view)).isEmpty();
    }

    @Test
    void anAgencyOfficerOfAnotherAgencyOpeningTheAddressSeesNotFoundAndNoData() {
        String title = "Thuế nhập khẩu " + IssueFixtures.unique();
        IssueDetails issue = fixtures().assignedTo("S-TC", title);

        signInAs("agency");
        IssueDetailView view = open(issue);

        assertThat(_get(view, H2.class).getText()).isEqualTo("Không tìm thấy kiến nghị");
        assertThat(view.getElement().getOuterHTML()).doesNotContain(title).doesNotContain(issue.code());
        assertThat(actionButtons(view)).isEmpty();
    }

    @Test
    void theLeadAgencyStartsTheIssueThroughItsDialogAndTheTimelineShowsTheMove() {
        IssueDetails issue = fixtures().assignedTo("S-XD", "Thủ tục PCCC " + IssueFixtures.unique());
        signInAs("agency");
        IssueDetailView view = open(issue);

        _click(button(view, "START"));
        IssueActionDialog dialog = _get(IssueActionDialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Ghi chú")), "Đã nhận hồ sơ");
        _click(_get(dialog, Button.class, spec -> spec.withClasses("issue-action-confirm")));

        IssueDetailView shown = _get(IssueDetailView.class);
        assertThat(timeline(shown)).containsExactly("CREATE", "CLASSIFY", "ASSIGN", "START");
        assertThat(_find(shown, ListItem.class).stream().map(item -> item.getElement().getTextRecursively()))
                .anyMatch(text -> text.contains("Đã nhận hồ sơ"));
        assertThat(fixtures().as("agency", () -> issues.find(issue.id())).orElseThrow().state()).isEqualTo(IssueState.IN_PROGRESS);
    }

    @Test
    void whenSomeoneElseChangedTheIssueTheUserIsToldAndSeesTheNewerVersion() {
        IssueDetails issue = fixtures().received("Hoàn thuế chậm " + IssueFixtures.unique());
        signInAs("investment");
        IssueDetailView view = open(issue);
        fixtures().as("investment", () -> issues.classify(issue.id(), "Phân loại bởi người khác", issue.version()));

        _click(button(view, "CLASSIFY"));
        IssueActionDialog dialog = _get(IssueActionDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withClasses("issue-action-confirm")));

        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(dialog.isOpened()).isFalse();
        IssueDetailView shown = _get(IssueDetailView.class);
        assertThat(timeline(shown)).containsExactly("CREATE", "CLASSIFY");
        assertThat(actionButtons(shown)).doesNotContain("CLASSIFY");
    }

    private IssueDetailView open(IssueDetails issue) {
        UI.getCurrent().navigate("issues/" + issue.id());
        return _get(IssueDetailView.class);
    }

    /** The moves the service allows the signed-in user, as the page shows them (both verdicts are one button). */
    private Set<String> expected(long id) {
        return issues.find(id).orElseThrow().allowedActions().stream()
                .map(action -> action == IssueAction.FEEDBACK_SATISFIED || action == IssueAction.FEEDBACK_UNSATISFIED
                        ? "FEEDBACK" : action.name())
                .collect(Collectors.toSet());
    }

    private static Set<String> actionButtons(IssueDetailView view) {
        return _find(view, Button.class).stream().map(button -> button.getElement().getAttribute("data-action"))
                .filter(action -> action != null).collect(Collectors.toSet());
    }

    private static Button button(IssueDetailView view, String action) {
        return _find(view, Button.class).stream().filter(button -> action.equals(button.getElement().getAttribute("data-action")))
                .findFirst().orElseThrow();
    }

    private static List<String> timeline(IssueDetailView view) {
        return _find(view, ListItem.class, spec -> spec.withClasses("timeline-entry")).stream()
                .map(item -> item.getElement().getAttribute("data-action")).toList();
    }
}
