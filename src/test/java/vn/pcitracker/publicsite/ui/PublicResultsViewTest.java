package vn.pcitracker.publicsite.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.shared.export.ExportFiles;

/** The public pages, visited with nobody signed in, against recommendations answered through the real workflow. */
class PublicResultsViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;

    private final String tag = "pv" + UUID.randomUUID().toString().substring(0, 6);

    private static String pageText() {
        return _get(Main.class, spec -> spec.withClasses("public-page")).getElement().getTextRecursively();
    }

    @Test
    void aVisitorWithoutAccountFindsAPublishedAnswerByWordsWithoutDiacriticsAndNothingPrivate() {
        AnsweredIssues seed = new AnsweredIssues(context);
        IssueDetails published = seed.answered("Cấp phép xây dựng kho lạnh " + tag, "Hồ sơ chờ 40 ngày.", true,
                "Sở đã cấp phép kho lạnh ngày 5/3.");
        IssueDetails secret = seed.answered("Khiếu nại của bà Đỗ Thị Lan " + tag, "Liên hệ bà Lan, 0904 111 222.", false,
                "Đã trả lời riêng bà Lan.");
        openAnonymously();

        navigateTo(PublicResultsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tìm kiếm")), "cap phep xay dung kho lanh " + tag);

        assertThat(_find(Article.class, spec -> spec.withClasses("public-answer")))
                .extracting(card -> card.getElement().getAttribute("data-code")).containsExactly(published.code());
        assertThat(pageText()).contains("Sở đã cấp phép kho lạnh ngày 5/3.", "Sở Xây dựng", "Trả lời đúng hạn",
                "Bên gửi hài lòng (4/5)");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tìm kiếm")), tag);
        assertThat(pageText()).doesNotContain(secret.code(), "Đỗ Thị Lan", "0904 111 222", "Lê Văn Hùng", "0913 222 333",
                "Phạm Thu Hằng");
        assertThat(_get(AgencyFiguresPanel.class).shown()).singleElement()
                .satisfies(row -> assertThat(row.answered()).isEqualTo(1));
    }

    @Test
    void theSingleAnswerPageShowsAPublishedAnswerAndTreatsAnUnpublishedOneAsNotFound() {
        AnsweredIssues seed = new AnsweredIssues(context);
        IssueDetails published = seed.answered("Thủ tục thẩm định thiết kế " + tag, "Thẩm định kéo dài.", true,
                "Đã rút ngắn còn 10 ngày.");
        IssueDetails secret = seed.answered("Việc riêng của ông Vũ Minh Tâm " + tag, "Gọi 0977 888 999.", false, "Đã gọi lại.");
        openAnonymously();

        UI.getCurrent().navigate("public/" + published.code());
        assertThat(pageText()).contains(published.code(), "Thủ tục thẩm định thiết kế", "Đã rút ngắn còn 10 ngày.")
                .doesNotContain("Lê Văn Hùng", "Phạm Thu Hằng");

        UI.getCurrent().navigate("public/" + secret.code());
        assertThat(_get(H1.class, spec -> spec.withClasses("public-not-found")).getText()).isEqualTo("Không tìm thấy câu trả lời");
        assertThat(pageText()).doesNotContain("Vũ Minh Tâm", "0977 888 999", "Đã gọi lại.");
    }

    @Test
    void aVisitorsFileHoldsThePublishedAnswersOfTheSearchAndNothingPrivate() {
        AnsweredIssues seed = new AnsweredIssues(context);
        IssueDetails published = seed.answered("Giấy phép môi trường cảng " + tag, "Chờ 60 ngày.", true,
                "=Sở đã cấp giấy phép môi trường.");
        IssueDetails other = seed.answered("Đăng ký đất đai " + tag, "Chờ 30 ngày.", true, "Đã đăng ký.");
        IssueDetails secret = seed.answered("Giấy phép môi trường cảng " + tag + " của bà Trịnh Thị Mai", "Gọi 0988 123 456.",
                false, "Đã trả lời riêng.");
        openAnonymously();
        PublicResultsView view = navigateTo(PublicResultsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tìm kiếm")), "giay phep moi truong cang " + tag);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Mã", "Tiêu đề", "Lĩnh vực", "Cơ quan trả lời",
                "Ngày tiếp nhận", "Hạn trả lời", "Ngày trả lời", "Đúng hạn", "Bên gửi hài lòng", "Điểm (1-5)",
                "Câu hỏi", "Trả lời");
        assertThat(ExportFiles.values(rows, "Mã")).containsExactly(published.code())
                .doesNotContain(other.code(), secret.code());
        Row row = rows.get(1);
        assertThat(ExportFiles.dateCell(row, 6)).isEqualTo(published.answeredOn());
        assertThat(ExportFiles.texts(row)).contains("Sở Xây dựng", "Hài lòng", "Chờ 60 ngày.",
                "'=Sở đã cấp giấy phép môi trường.");
        assertThat(row.getCell(9).asNumber()).isEqualByComparingTo("4");
        assertThat(rows).allSatisfy(any -> assertThat(String.join("|", ExportFiles.texts(any)))
                .doesNotContain("Lê Văn Hùng", "0913 222 333", "Phạm Thu Hằng", "Trịnh Thị Mai", "0988 123 456"));

        _click(_get(Button.class, spec -> spec.withText("English")));
        PublicResultsView english = _get(PublicResultsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search")), tag);
        List<List<String>> csv = ExportFiles.csv(english::export);
        assertThat(csv.getFirst()).startsWith("Code", "Title", "Field", "Answering agency", "Received");
        assertThat(csv.subList(1, csv.size())).extracting(List::getFirst)
                .containsExactlyInAnyOrder(published.code(), other.code());
    }

    @Test
    void thePageSpeaksEnglishWhenTheVisitorChoosesIt() {
        openAnonymously();
        navigateTo(PublicResultsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Kết quả trả lời kiến nghị của doanh nghiệp");

        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(_get(H1.class).getText()).isEqualTo("Answers to businesses' recommendations");
    }
}
