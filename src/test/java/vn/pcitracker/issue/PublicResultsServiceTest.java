package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.security.TestLogins;

/**
 * What the public results page can read: answered public recommendations and figures about them, nothing private.
 * The seeded private details are a person's name and phone number in an unpublished recommendation, an internal
 * note and a feedback comment on a published one.
 */
@SpringBootTest
class PublicResultsServiceTest {

    static final String PERSON = "Trần Thị Mai";
    static final String PHONE = "0987 654 321";

    private static IssueTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;
    @Autowired PublicResultsService results;

    private final String tag = "congkhai" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        if (support == null) {
            support = new IssueTestSupport(context);
        }
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    /** An answered recommendation, public or not, with an internal note and a rated answer. */
    private IssueDetails answered(String title, String content, boolean isPublic, boolean satisfied) {
        support.signIn("investment");
        NewIssue command = new NewIssue(title, content, IssueChannel.HOTLINE, null, support.fieldId, IssuePriority.NORMAL,
                List.of(), List.of(support.association), Set.of(support.ddciComponent), isPublic, null);
        IssueDetails issue = issues.create(command);
        issue = issues.assign(issue.id(), support.assignment(), issue.version());
        support.signIn("agency");
        issue = issues.start(issue.id(), null, issue.version());
        issues.contribute(issue.id(), "Nội bộ: liên hệ " + PERSON + " " + PHONE);
        issue = issues.find(issue.id()).orElseThrow();
        issue = issues.answer(issue.id(), new Answer(AnswerKind.ON_SPOT, "Sở đã hướng dẫn thủ tục đất đai " + tag, null, null),
                issue.version());
        support.signIn("association");
        issue = issues.giveFeedback(issue.id(), new Feedback(satisfied, satisfied ? 5 : 2, "Ý kiến của " + PERSON, false),
                issue.version());
        TestLogins.signOut();
        return issue;
    }

    @Test
    void nothingPrivateIsReadable() {
        IssueDetails secret = answered("Vướng mắc của ông bà " + PERSON + " " + tag, "Gọi " + PERSON + " số " + PHONE,
                false, true);
        IssueDetails published = answered("Thủ tục giao đất cho dự án " + tag, "Hồ sơ giao đất chậm.", true, true);

        List<PublishedAnswer> found = results.answers(new PublishedAnswerQuery(tag, null, null, null, 50));

        assertThat(found).extracting(PublishedAnswer::code).containsExactly(published.code());
        assertThat(results.answer(secret.code())).isEmpty();
        assertThat(results.answer(published.code())).isPresent();
        assertThat(found.toString() + results.answer(published.code()).orElseThrow())
                .doesNotContain(PERSON, PHONE, "Nội bộ", "Ý kiến của");
        assertThat(results.answers(new PublishedAnswerQuery(PERSON, null, null, null, 50))).isEmpty();
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByFieldAgencyAndYear() {
        IssueDetails published = answered("Thủ tục giao đất cho dự án " + tag, "Hồ sơ giao đất chậm.", true, true);
        String field = published.field().code();
        int year = support.clock.today().getYear();

        assertThat(results.answers(new PublishedAnswerQuery("THU TUC giao dat cho du an " + tag, field, support.leadAgency, year, 10)))
                .extracting(PublishedAnswer::code).containsExactly(published.code());
        assertThat(results.answers(new PublishedAnswerQuery(tag, null, support.otherAgency, null, 10))).isEmpty();
        assertThat(results.answers(new PublishedAnswerQuery(tag, null, null, year - 1, 10))).isEmpty();
        assertThat(results.years()).contains(year);
        assertThat(results.agencies()).extracting(PublicChoice::value).contains(String.valueOf(support.leadAgency));
        assertThat(results.fields()).extracting(PublicChoice::value).contains(field);
        assertThat(results.answer(published.code())).hasValueSatisfying(answer -> {
            assertThat(answer.onTime()).isTrue();
            assertThat(answer.satisfied()).isTrue();
            assertThat(answer.score()).isEqualTo(5);
            assertThat(answer.agencyNameVi()).isEqualTo("Sở Xây dựng");
        });
    }

    @Test
    void figuresPerAgencyCountAnswersOnTimeAndTheLatestVerdicts() {
        answered("Thủ tục giao đất cho dự án " + tag, "Hồ sơ giao đất chậm.", true, true);
        answered("Thủ tục thuê đất cho dự án " + tag, "Hồ sơ thuê đất chậm.", true, false);

        List<AgencyAnswerFigures> figures = results.figuresByAgency(new PublishedAnswerQuery(tag, null, null, null, 0));

        assertThat(figures).singleElement().satisfies(row -> {
            assertThat(row.agencyId()).isEqualTo(support.leadAgency);
            assertThat(row.answered()).isEqualTo(2);
            assertThat(row.onTime()).isEqualTo(2);
            assertThat(row.rated()).isEqualTo(2);
            assertThat(row.satisfied()).isEqualTo(1);
            assertThat(row.averageScore()).isEqualTo(3.5);
            assertThat(row.satisfiedPercent()).isEqualTo(50.0);
        });
    }
}
