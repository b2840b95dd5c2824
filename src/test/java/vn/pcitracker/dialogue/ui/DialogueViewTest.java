package vn.pcitracker.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.dialogue.DialogueForm;
import vn.pcitracker.dialogue.DialogueKind;
import vn.pcitracker.dialogue.DialogueService;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.export.ExportFiles;

class DialogueViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired DialogueService dialogues;
    @Autowired IssueService issues;
    @Autowired IssueFieldService fields;
    @Autowired AgencyService agencies;
    @Autowired AssociationService associations;

    @Test
    void theSessionPageShowsTheMinutesWithTheirLineBreaksAndTheRecommendationsRaisedThere() {
        signInAs("investment");
        DialogueSummary session = session(LocalDate.of(2026, 8, 20), "Dòng một\nDòng hai");
        IssueDetails raised = raise(session);

        DialogueView view = open(session);

        assertThat(_get(view, H2.class).getText()).isEqualTo(session.title());
        Div minutes = _find(view, Div.class).stream().filter(div -> "pre-wrap".equals(div.getStyle().get("white-space")))
                .findFirst().orElseThrow();
        assertThat(minutes.getText()).isEqualTo("Dòng một\nDòng hai");
        assertThat(rows(issueGrid(view))).extracting(IssueListItem::id).containsExactly(raised.id());
    }

    @Test
    void anOfficerCarriesAnOpenRecommendationOfAnEarlierSessionOverAndItJoinsThePage() {
        signInAs("investment");
        DialogueSummary earlier = session(LocalDate.of(2026, 8, 6), null);
        IssueDetails open = raise(earlier);
        DialogueSummary later = session(LocalDate.of(2026, 9, 17), null);
        DialogueView view = open(later);
        assertThat(rows(issueGrid(view))).isEmpty();

        _click(_get(view, Button.class, spec -> spec.withText("Chuyển kiến nghị chưa giải quyết sang phiên này")));
        CarryOverDialog dialog = _get(CarryOverDialog.class);
        @SuppressWarnings("unchecked")
        Grid<IssueListItem> candidates = _get(dialog, Grid.class);
        IssueListItem candidate = rows(candidates).stream().filter(issue -> issue.id() == open.id()).findFirst().orElseThrow();
        candidates.select(candidate);
        _click(_get(dialog, Button.class, spec -> spec.withText("Chuyển sang phiên này")));

        assertThat(rows(issueGrid(view))).extracting(IssueListItem::id).containsExactly(open.id());
        assertThat(dialogues.carryOverCandidates(later.id(), 500)).extracting(IssueListItem::id).doesNotContain(open.id());
        assertThat(dialogues.carryOverCandidates(earlier.id(), 500)).extracting(IssueListItem::id)
                .as("already raised there").doesNotContain(open.id());
    }

    @Test
    void aLeaderSeesTheSessionButCannotEditItOrCarryRecommendationsOver() {
        TestLogins.signIn(context, "investment");
        DialogueSummary session = session(LocalDate.of(2026, 8, 27), null);
        raise(session);
        signInAs("leader");

        DialogueView view = open(session);

        assertThat(GridKt._size(issueGrid(view))).isEqualTo(1);
        assertThat(_find(view, Button.class)).noneMatch(button -> button.isVisible() && List.of("Sửa",
                "Chuyển kiến nghị chưa giải quyết sang phiên này").contains(button.getText()));
    }

    @Test
    void anAgencyOfficersFileOfTheSessionsRecommendationsHoldsOnlyTheirAgencysWithDateCells() {
        TestLogins.signIn(context, "investment");
        DialogueSummary session = session(LocalDate.of(2026, 9, 3), null);
        IssueDetails ours = assign(raise(session), "S-XD");
        IssueDetails theirs = assign(raise(session), "S-TC");
        signInAs("agency");

        List<Row> rows = ExportFiles.xlsx(_get(open(session), SessionIssues.class)::export);

        assertThat(ExportFiles.header(rows)).startsWith("Mã", "Nội dung kiến nghị", "Trạng thái", "Mức độ ưu tiên",
                "Cơ quan chủ trì giải quyết", "Ngày nhận", "Hạn xử lý");
        assertThat(ExportFiles.values(rows, "Mã")).containsExactly(ours.code()).doesNotContain(theirs.code());
        assertThat(ExportFiles.dateCell(rows.get(1), 5)).isEqualTo(ours.receivedOn());
        assertThat(ExportFiles.dateCell(rows.get(1), 6)).isEqualTo(ours.deadline());
        assertThat(rows.get(1).getCellText(4)).isEqualTo("Sở Xây dựng");

        reloadIn(Locale.ENGLISH);
        List<List<String>> csv = ExportFiles.csv(_get(open(session), SessionIssues.class)::export);
        assertThat(csv.getFirst()).startsWith("Code", "Recommendation", "State", "Priority", "Lead agency");
        assertThat(csv).hasSize(2);
    }

    @Test
    void anUnknownSessionIdShowsNotFound() {
        signInAs("investment");

        assertThatThrownBy(() -> UI.getCurrent().navigate(DialogueView.class,
                new RouteParameters(DialogueView.ID, String.valueOf(Long.MAX_VALUE))))
                .hasMessageContaining("Không tìm thấy phiên đối thoại");
    }

    private DialogueView open(DialogueSummary session) {
        UI.getCurrent().navigate(DialogueView.class, new RouteParameters(DialogueView.ID, String.valueOf(session.id())));
        return _get(DialogueView.class);
    }

    private DialogueSummary session(LocalDate heldOn, String minutes) {
        return dialogues.create(new DialogueForm(DialogueKind.MONTHLY, "Phiên trang chi tiết " + UUID.randomUUID(), heldOn,
                null, agencies.findByCode("S-TC").orElseThrow().id(), null, Set.of(), 50, minutes));
    }

    private IssueDetails raise(DialogueSummary session) {
        long field = fields.fields().getFirst().id();
        long association = associations.findByCode("HHDN-HP").orElseThrow().id();
        return issues.create(new NewIssue("Kiến nghị tại phiên " + UUID.randomUUID(), "Nội dung kiến nghị thử nghiệm",
                IssueChannel.DIALOGUE, session.id(), field, IssuePriority.NORMAL, List.of(), List.of(association),
                ddciComponents(), false, session.heldOn()));
    }

    /** One DDCI component, which classifying a recommendation before assigning it requires. */
    private Set<Long> ddciComponents() {
        DdciService ddci = context.getBean(DdciService.class);
        return Set.of(ddci.components(ddci.catalogues().getFirst().id()).getFirst().id());
    }

    private IssueDetails assign(IssueDetails issue, String agencyCode) {
        TestLogins.signIn(context, "investment");
        IssueDetails classified = issues.classify(issue.id(), null, issue.version());
        return issues.assign(issue.id(), new Assignment(agencies.findByCode(agencyCode).orElseThrow().id(), Set.of(),
                null, null), classified.version());
    }

    @SuppressWarnings("unchecked")
    private static Grid<IssueListItem> issueGrid(DialogueView view) {
        return _get(view, Grid.class, spec -> spec.withClasses("dialogue-issues"));
    }
}
