package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.security.TestLogins;

/** Demo mode brings recommendations in several states, each moved by the demo users through the real workflow. */
@SpringBootTest
class DemoIssueDataTest {

    @Autowired ApplicationContext context;
    @Autowired IssueQueryService queries;
    @Autowired IssueService issues;
    @Autowired ReferenceDataService referenceData;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestLogins.signIn(context, "investment");
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void theClosedDemoRecommendationWentThroughEveryStepWithTheDemoUsers() {
        IssueDetails closed = demo("Chậm cấp giấy phép xây dựng nhà xưởng trong cụm công nghiệp");

        assertThat(closed.state()).isEqualTo(IssueState.CLOSED);
        assertThat(closed.timeline()).extracting(TimelineEntry::action).containsExactly(IssueAction.CREATE,
                IssueAction.CLASSIFY, IssueAction.ASSIGN, IssueAction.START, IssueAction.ANSWER,
                IssueAction.FEEDBACK_SATISFIED, IssueAction.CLOSE);
        assertThat(closed.timeline()).extracting(TimelineEntry::actorName).anyMatch(name -> name.contains("Sở Xây dựng"))
                .anyMatch(name -> name.contains("Hiệp hội"));
        assertThat(closed.feedback()).extracting(FeedbackEntry::score).containsExactly(5);
    }

    @Test
    void theDemoCoversTheStatesAUserMeetsAndIsMarkedSynthetic() {
        assertThat(demo("Hạ tầng giao thông cụm công nghiệp xuống cấp").state()).isEqualTo(IssueState.REOPENED);
        assertThat(demo("Đề nghị công khai tiến độ giải phóng mặt bằng dự án cảng").state()).isEqualTo(IssueState.IN_PROGRESS);
        assertThat(demo("Phí lưu kho bãi tại cảng tăng đột ngột").state()).isEqualTo(IssueState.RECEIVED);
        assertThat(jdbc.queryForObject("select count(*) from issue where synthetic", Long.class)).isGreaterThanOrEqualTo(7);
    }

    @Test
    void loadingTheDemoAgainAddsNothing() {
        TestLogins.signIn(context, "admin");
        List<LoadResult> results = referenceData.reload();

        assertThat(results).filteredOn(r -> r.dataSet().equals("demo issues")).singleElement()
                .satisfies(r -> assertThat(r.inserted()).isZero());
    }

    private IssueDetails demo(String title) {
        IssueFilter byTitle = new IssueFilter(title, Set.of(), null, null, null, null, null, null, null, null, null);
        IssueListItem item = queries.search(byTitle, IssueSort.OLDEST, 0, 10).stream()
                .filter(found -> found.title().equals(title)).findFirst().orElseThrow();
        return issues.find(item.id()).orElseThrow();
    }
}
