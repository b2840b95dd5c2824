package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.HostileText;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.Violations;

/**
 * The free-text fields of a recommendation (title, content, answer, feedback comment, notes) take any text a user
 * types: it is refused with a message key and nothing is stored, or it is stored and reads back as typed, trimmed
 * (issue 9, bad input). Real PostgreSQL.
 */
@SpringBootTest
class IssueFreeTextPropertiesTest {

    private static IssueTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;

    @BeforeEach
    void signIn() {
        if (support == null) {
            support = new IssueTestSupport(context);
        }
        support.signIn("investment");
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void anyTitleAndContentAreStoredAsTypedOrRefusedWithAMessageKeyLeavingNoRow() {
        qt().withExamples(60).withShrinkCycles(10).forAll(HostileText.textUpToLong(), HostileText.text()).checkAssert((title, content) -> {
            long before = support.issueCount();
            Throwable refused = catchThrowable(() -> {
                IssueDetails created = issues.create(withText(title, content));
                IssueDetails read = issues.find(created.id()).orElseThrow();
                assertThat(read.title()).isEqualTo(Violations.clean(title));
                assertThat(read.content()).isEqualTo(Violations.clean(content));
            });
            if (refused != null) {
                assertThat(refused).isInstanceOf(ValidationException.class);
                assertThat(((ValidationException) refused).violations()).isNotEmpty()
                        .allSatisfy(violation -> assertThat(violation.messageKey()).matches("[a-zA-Z]+(\\.[a-zA-Z]+)+"));
                assertThat(support.issueCount()).as("nothing stored").isEqualTo(before);
            }
        });
    }

    private static NewIssue withText(String title, String content) {
        NewIssue issue = support.newIssue("");
        return new NewIssue(title, content, issue.channel(), issue.dialogueId(), issue.fieldId(), issue.priority(),
                issue.enterpriseIds(), issue.associationIds(), issue.ddciComponentIds(), issue.isPublic(), null);
    }

    @Test
    void anyAnswerFeedbackAndNoteAreStoredAsTypedOrRefusedWithAMessageKeyLeavingTheIssueAsItWas() {
        IssueDetails issue = support.inState(IssueState.IN_PROGRESS);
        qt().withExamples(40).withShrinkCycles(10).forAll(HostileText.text(), HostileText.text()).checkAssert((answerText, reference) -> {
            IssueDetails before = issues.find(issue.id()).orElseThrow();
            Throwable refused = catchThrowable(() -> {
                IssueDetails answered = issues.answer(issue.id(),
                        new Answer(AnswerKind.WRITTEN, answerText, reference, support.clock.today()), before.version());
                assertThat(answered.answer().text()).isEqualTo(Violations.clean(answerText));
                assertThat(answered.answer().documentNumber()).isEqualTo(Violations.clean(reference));
                // back to IN_PROGRESS for the next example: an unsatisfied feedback reopens, resume continues
                IssueDetails reopened = issues.giveFeedback(issue.id(), new Feedback(false, 2, answerText, true),
                        answered.version());
                issues.resume(issue.id(), reference, reopened.version());
            });
            if (refused != null) {
                assertThat(refused).isInstanceOf(ValidationException.class);
                assertThat(issues.find(issue.id()).orElseThrow().version()).as("nothing changed")
                        .isEqualTo(before.version());
            }
        });
    }
}
