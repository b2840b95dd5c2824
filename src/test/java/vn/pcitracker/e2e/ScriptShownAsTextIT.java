package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.e2e.ScriptPayloads.IMG;
import static vn.pcitracker.e2e.ScriptPayloads.SCRIPT;
import static vn.pcitracker.e2e.ScriptPayloads.SVG;
import static vn.pcitracker.e2e.ScriptPayloads.TEMPLATE;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Answer;
import vn.pcitracker.issue.AnswerKind;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.Feedback;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;

/**
 * Script and HTML typed into titles, content, answers, comments and an agency's name are stored as they were typed
 * and shown as text everywhere they appear: the inbox, the recommendation's page, the dashboard's charts (labels and
 * hover tooltips), the public results and the notifications. Each payload sets {@code window.__xss} if it ever runs
 * (issue 9, bad input). The registers, the monthly report and the downloads: {@link ScriptShownAsTextInRegistersIT},
 * {@link ScriptShownAsTextInReportsIT}.
 */
class ScriptShownAsTextIT extends BrowserTest {

    @Autowired ApplicationContext spring;
    @Autowired IssueService issues;
    @Autowired AgencyService agencies;

    @Test
    void scriptInEveryTextFieldIsShownAsTextAndNeverRuns() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        String title = IMG + " Kiến nghị " + token + " " + TEMPLATE;
        String agencyName = SVG + " Sở thử " + token;
        IssueDetails issue = storeHostileIssue(token, title, agencyName);

        logIn("investment", "demo");
        visit("issues?q=" + token);
        assertShownAsText("Kiến nghị " + token);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(token))
                .first().innerText()).contains(IMG);

        visit("issues/" + issue.id());
        assertShownAsText(IMG + " Kiến nghị " + token);
        assertShownAsText(SCRIPT + " nội dung");
        assertShownAsText(SVG + " trả lời " + TEMPLATE);
        screenshot("script-shown-as-text-detail");

        visit("notifications");
        visit("public");
        assertShownAsText(IMG + " Kiến nghị " + token);
        assertShownAsText(SVG + " Sở thử " + token);
        hoverEveryChart();
        screenshot("script-shown-as-text-public");

        logIn("leader", "demo");
        visit("dashboard");
        hoverEveryChart();
        assertThat(ScriptPayloads.chartOptions(page)).as("the agency's name reaches a chart as data, not markup")
                .contains("Sở thử " + token);
        assertNothingRan();
    }

    private IssueDetails storeHostileIssue(String token, String title, String agencyName) {
        TestLogins.signIn(spring, "admin");
        long agency = agencies.create(new AgencyForm("XSS-" + token,
                agencyName, agencyName, AgencyKind.DEPARTMENT, null, null, null, List.of())).id();
        TestLogins.signIn(spring, "investment");
        DdciService ddci = spring.getBean(DdciService.class);
        long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        long field = spring.getBean(IssueFieldService.class).fields().getFirst().id();
        long association = spring.getBean(AssociationService.class).findByCode("HHDN-HP").orElseThrow().id();
        IssueDetails issue = issues.create(new NewIssue(title, SCRIPT + " nội dung", IssueChannel.DOCUMENT,
                null, field, IssuePriority.NORMAL, List.of(), List.of(association), Set.of(component), true, null));
        issue = issues.assign(issue.id(), new Assignment(agency, Set.of(), null, IMG + " ghi chú giao"), issue.version());
        issue = issues.start(issue.id(), SCRIPT, issue.version());
        issue = issues.answer(issue.id(), new Answer(AnswerKind.WRITTEN, SVG + " trả lời " + TEMPLATE, IMG,
                LocalDate.now()), issue.version());
        issue = issues.giveFeedback(issue.id(), new Feedback(true, 5, SCRIPT + " hài lòng", true), issue.version());
        TestLogins.signOut();
        return issue;
    }

    private void visit(String path) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout, .public-layout, body");
        waitForVaadin();
        page.waitForTimeout(300);
        assertNothingRan();
    }

    private void assertShownAsText(String text) {
        ScriptPayloads.assertShownAsText(page, text);
    }

    private void assertNothingRan() {
        ScriptPayloads.assertNothingRan(page);
    }

    private void hoverEveryChart() {
        ScriptPayloads.hoverEveryChart(page);
    }
}
