package vn.pcitracker.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Article;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.export.ExportFiles;

class MySubmissionsViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;

    @Test
    void listsTheAssociationsOwnRecommendationsButNotOtherAssociationsPublicOnes() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        IssueDetails ours = logged("HHDN-HP", "Kiến nghị của hiệp hội doanh nghiệp " + tag);
        IssueDetails theirs = logged("HDNT-HP", "Kiến nghị công khai của hội doanh nhân trẻ " + tag);
        signInAs("association");

        navigateTo(MySubmissionsView.class);

        List<String> codes = _find(Article.class, spec -> spec.withClasses("my-submission")).stream()
                .map(card -> card.getElement().getAttribute("data-code")).toList();
        assertThat(codes).contains(ours.code()).doesNotContain(theirs.code());
    }

    @Test
    void theFileHoldsTheAssociationsOwnRecommendationsWithDateCellsAndNoOtherAssociations() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        IssueDetails ours = logged("HHDN-HP", "Kiến nghị xuất tệp của hiệp hội " + tag);
        IssueDetails theirs = logged("HDNT-HP", "Kiến nghị xuất tệp của hội khác " + tag);
        signInAs("association");
        MySubmissionsView view = navigateTo(MySubmissionsView.class);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Mã", "Tiêu đề", "Trạng thái", "Hiệp hội gửi hay ủng hộ",
                "Ngày tiếp nhận", "Hạn trả lời", "Ngày trả lời", "Quá hạn", "Chờ hiệp hội đánh giá");
        assertThat(ExportFiles.values(rows, "Mã")).contains(ours.code()).doesNotContain(theirs.code());
        Row row = ExportFiles.rowWith(rows, "Mã", ours.code());
        assertThat(ExportFiles.dateCell(row, 4)).isEqualTo(ours.receivedOn());
        assertThat(ExportFiles.texts(row)).contains("Hiệp hội gửi");

        reloadIn(Locale.ENGLISH);
        List<List<String>> csv = ExportFiles.csv(navigateTo(MySubmissionsView.class)::export);
        assertThat(csv.getFirst()).startsWith("Code", "Title", "State", "Submitted or backed", "Received");
        assertThat(csv).anySatisfy(record -> assertThat(record).startsWith(ours.code(), ours.title()))
                .noneSatisfy(record -> assertThat(record.getFirst()).isEqualTo(theirs.code()));
    }

    private IssueDetails logged(String associationCode, String title) {
        TestLogins.signIn(context, "investment");
        long field = context.getBean(IssueFieldService.class).fields().getFirst().id();
        long association = context.getBean(AssociationService.class).findByCode(associationCode).orElseThrow().id();
        IssueDetails issue = issues.create(new NewIssue(title, "Nội dung " + title, IssueChannel.DOCUMENT, null, field,
                IssuePriority.NORMAL, List.of(), List.of(association), Set.of(), true, null));
        TestLogins.signOut();
        return issue;
    }
}
