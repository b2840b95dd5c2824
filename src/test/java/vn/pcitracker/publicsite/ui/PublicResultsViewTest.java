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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueDetails;

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
    void thePageSpeaksEnglishWhenTheVisitorChoosesIt() {
        openAnonymously();
        navigateTo(PublicResultsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Kết quả trả lời kiến nghị của doanh nghiệp");

        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(_get(H1.class).getText()).isEqualTo("Answers to businesses' recommendations");
    }
}
