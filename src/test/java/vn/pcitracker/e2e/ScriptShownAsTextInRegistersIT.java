package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.e2e.ScriptPayloads.IMG;
import static vn.pcitracker.e2e.ScriptPayloads.SCRIPT;
import static vn.pcitracker.e2e.ScriptPayloads.SVG;
import static vn.pcitracker.e2e.ScriptPayloads.TEMPLATE;
import static vn.pcitracker.e2e.ScriptPayloads.assertNothingRan;
import static vn.pcitracker.e2e.ScriptPayloads.assertShownAsText;
import static vn.pcitracker.e2e.ScriptPayloads.chartOptions;
import static vn.pcitracker.e2e.ScriptPayloads.hoverEveryChart;
import static vn.pcitracker.e2e.ScriptPayloads.tooltipAt;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;

/**
 * Script and HTML in the registers' texts are shown as text in Chromium and never run: dialogue sessions (title,
 * place, chair, minutes, attending associations), association and firm names (their registers and the
 * recommendation they back), commitments (title, signer, divisions, criteria, check-in notes and the scorecard
 * chart) and licensing bottlenecks (register, page, figures). Each payload sets {@code window.__xss} if it ever runs
 * (issue 9, bad input). Reports and exports: {@link ScriptShownAsTextInReportsIT}.
 */
class ScriptShownAsTextInRegistersIT extends BrowserTest {

    @Autowired ApplicationContext spring;

    private final String token = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aDialogueSessionItsAttendeesAndItsFirmsAreShownAsText() {
        HostileRecords hostile = new HostileRecords(spring, token);
        long association = hostile.association();
        long firm = hostile.firm();
        DialogueSummary session = hostile.dialogue(association);
        IssueDetails issue = hostile.issue(session.id(), firm, association, hostile.agency());

        logIn("investment", "demo");
        visit("dialogues");
        search(token);
        assertShownAsText(page, IMG + " Đối thoại thử " + token);

        visit("dialogues/" + session.id());
        assertShownAsText(page, IMG + " Đối thoại thử " + token);
        assertShownAsText(page, SVG + " Hội trường " + token);
        assertShownAsText(page, SCRIPT + " Chủ trì " + token);
        assertShownAsText(page, SCRIPT + " Biên bản " + token);
        assertShownAsText(page, hostile.associationName());
        assertShownAsText(page, IMG + " Kiến nghị thử " + token);
        assertThat(page.locator("body").innerText()).as("the minutes keep their lines, as text").contains(TEMPLATE);
        screenshot("script-shown-as-text-dialogue");

        visit("issues/" + issue.id());
        assertShownAsText(page, hostile.firmName());
        assertShownAsText(page, hostile.associationName());
        assertShownAsText(page, IMG + " Đối thoại thử " + token);

        visit("enterprises?q=" + token);
        assertShownAsText(page, hostile.firmName());

        logIn("admin", "demo");
        visit("admin/associations?q=" + token);
        assertShownAsText(page, hostile.associationName());
    }

    @Test
    void aCommitmentItsCriteriaAndItsCheckInsAreShownAsText() {
        HostileRecords hostile = new HostileRecords(spring, token);
        CommitmentDetails commitment = hostile.commitment();

        logIn("investment", "demo");
        visit("commitments");
        search(token);
        assertShownAsText(page, IMG + " Giao ước thử " + token);

        visit("commitments/" + commitment.id());
        assertShownAsText(page, IMG + " Giao ước thử " + token);
        assertShownAsText(page, SVG + " Giám đốc " + token);
        assertShownAsText(page, SCRIPT + " Phòng thử " + token);
        assertShownAsText(page, SVG + " Tiêu chí thử " + token);
        assertShownAsText(page, SCRIPT + " Ghi chú kiểm điểm " + token + " " + TEMPLATE);
        hoverEveryChart(page);
        assertThat(chartOptions(page)).as("the division reaches the scorecard chart as data")
                .contains("Phòng thử " + token);
        assertThat(tooltipAt(page, page.locator("echarts-chart").first(), 0.5, 0.7))
                .as("the bar's tooltip names the division as text").contains(SCRIPT + " Phòng thử " + token);
        screenshot("script-shown-as-text-commitment");
    }

    @Test
    void aBottleneckItsProcedureAndItsHistoryAreShownAsText() {
        HostileRecords hostile = new HostileRecords(spring, token);
        BottleneckDetails bottleneck = hostile.bottleneck();

        logIn("investment", "demo");
        visit("bottlenecks?q=" + token);
        assertShownAsText(page, IMG + " Điểm nghẽn thử " + token);

        visit("bottlenecks/" + bottleneck.id());
        assertShownAsText(page, IMG + " Điểm nghẽn thử " + token);
        assertShownAsText(page, SCRIPT + " Mô tả " + token);
        assertShownAsText(page, IMG + " Cách gỡ " + token);
        assertShownAsText(page, SVG + " Thủ tục thử " + token);
        assertShownAsText(page, SCRIPT + " Ghi chú phân tích " + token);
        screenshot("script-shown-as-text-bottleneck");

        visit("bottlenecks/figures");
        hoverEveryChart(page);

        logIn("leader", "demo");
        visit("dashboard");
        hoverEveryChart(page);
        assertNothingRan(page);
    }

    private void visit(String path) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout, .public-layout, body");
        waitForVaadin();
        page.waitForTimeout(300);
        assertNothingRan(page);
    }

    /** Types into the list's search field (the first text field with a placeholder). */
    private void search(String text) {
        page.locator("vaadin-text-field input[placeholder]").first().fill(text);
        page.waitForTimeout(600);
        waitForVaadin();
    }
}
