package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.HostileText;
import vn.pcitracker.security.TestLogins;

/**
 * The inbox's search box against the real database: any text ({@code %}, {@code _}, {@code \}, quotes, control
 * characters, unicode, very long) searches without failing, and is taken literally, never as a pattern (issue 9).
 */
@SpringBootTest
class IssueSearchPropertiesTest {

    private static IssueTestSupport support;

    @Autowired ApplicationContext context;
    @Autowired IssueQueryService queries;
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
    void anySearchTextRunsWithoutFailingForEveryRole() {
        List<String> users = List.of("investment", "agency", "association", "leader");
        qt().withExamples(80).withShrinkCycles(10).forAll(HostileText.textUpToLong(), org.quicktheories.generators.Generate.pick(users))
                .checkAssert((text, user) -> {
                    support.signIn(user);
                    IssueFilter filter = IssueFilter.none().withText(text);
                    assertThat(queries.search(filter, IssueSort.NEWEST, 0, 20)).hasSizeLessThanOrEqualTo(20);
                    assertThat(queries.count(filter)).isNotNegative();
                });
    }

    @Test
    void aTitleIsFoundBySearchingForItAndWildcardsInTheSearchMatchOnlyThemselves() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        IssueDetails literal = issues.create(support.newIssue("Phí 100% và mã_số \\ " + token));
        IssueDetails other = issues.create(support.newIssue("Phí 1000 và mãXsố / " + token));
        qt().withExamples(40).withShrinkCycles(10).forAll(HostileText.text().assuming(HostileText::storable)
                .assuming(text -> IssueFilter.appliesText(text) && text.strip().length() < 200)).checkAssert(text -> {
            IssueDetails created = issues.create(support.newIssue(text.strip() + " " + token));
            // With the token, the search matches only this issue, whatever else the shared database holds: searched
            // alone, a short text can match more than a page of other tests' issues dated later.
            assertThat(found(text.strip() + " " + token)).as("searching for %s", text).contains(created.id());
        });
        assertThat(found("100% và mã_số \\")).contains(literal.id()).doesNotContain(other.id());
        assertThat(found("0% và")).contains(literal.id()).doesNotContain(other.id());
    }

    private List<Long> found(String text) {
        IssueFilter filter = new IssueFilter(text, Set.of(), null, null, null, null, null, null, null, null,
                support.dialogue);
        return queries.search(filter, IssueSort.NEWEST, 0, 200).stream().map(IssueListItem::id).toList();
    }
}
