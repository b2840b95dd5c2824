package vn.pcitracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.dialogue.DialogueService;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.licensing.bottleneck.BottleneckQueryService;
import vn.pcitracker.licensing.bottleneck.BottleneckSort;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;

/**
 * Every search box but the inbox's (see {@code IssueSearchPropertiesTest}) against the real database: any text
 * searches without failing; a NUL character used to end in a database error (issue 9, bad input).
 */
@SpringBootTest
class SearchBoxPropertiesTest {

    @Autowired ApplicationContext context;
    @Autowired AgencyService agencies;
    @Autowired AssociationService associations;
    @Autowired EnterpriseService enterprises;
    @Autowired DialogueService dialogues;
    @Autowired ConditionalLineService lines;
    @Autowired LicensingProcedureService procedures;
    @Autowired BottleneckQueryService bottlenecks;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void anyTextInAnySearchBoxSearchesWithoutFailing() {
        TestLogins.signIn(context, "admin");
        qt().withExamples(40).withShrinkCycles(10).forAll(HostileText.textUpToLong()).checkAssert(text -> {
            assertThat(agencies.search(text, true)).isNotNull();
            assertThat(associations.search(text, true)).isNotNull();
            assertThat(enterprises.search(text, true)).isNotNull();
            assertThat(dialogues.list(text, null, null)).isNotNull();
            assertThat(lines.search(text, null)).isNotNull();
            assertThat(procedures.search(text)).isNotNull();
            assertThat(bottlenecks.search(withText(text), BottleneckSort.values()[0], 0, 20)).isNotNull();
            assertThat(accounts.search(text)).isNotNull();
        });
    }

    @Test
    void wildcardsInASearchBoxMatchOnlyThemselves() {
        TestLogins.signIn(context, "admin");
        assertThat(agencies.search("S-XD", true)).isNotEmpty();
        assertThat(agencies.search("S%XD", true)).as("%% is no wildcard").isEmpty();
        assertThat(accounts.search("admin")).isNotEmpty();
        assertThat(accounts.search("adm_n")).as("_ is no wildcard").isEmpty();
    }

    private static BottleneckFilter withText(String text) {
        BottleneckFilter none = BottleneckFilter.none();
        return new BottleneckFilter(text, Set.of(), none.agencyId(), none.cause(), none.legalBasisId(), none.lineId(),
                none.procedureId());
    }
}
