package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.LicensingProcedureForm;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ValidationException;

/**
 * Bottlenecks for the bottleneck tests, made through the real services: concerned agency Sở Xây dựng (the demo
 * agency officer's), owner of the fix Sở Y tế; plus the accounts the access tests need. Every test makes its own
 * records in the shared database.
 */
final class BottleneckTestSupport {

    static final String PASSWORD = "mot-mat-khau-dai-2026";
    /** Agency officer of Sở Tài chính: neither concerned nor owner of the bottlenecks made here. */
    static final String OTHER_AGENCY_OFFICER = "bottleneck-test-stc";
    /** Agency officer of Sở Y tế, the owner agency of the bottlenecks made here. */
    static final String OWNER_OFFICER = "bottleneck-test-syt";

    final ApplicationContext context;
    final BottleneckService bottlenecks;
    final JdbcTemplate jdbc;
    final long agency;
    final long ownerAgency;
    final long otherAgency;
    final long pawnLine;
    final long ddciComponent;
    final long fieldId;

    BottleneckTestSupport(ApplicationContext context) {
        this.context = context;
        this.bottlenecks = context.getBean(BottleneckService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        signIn("admin");
        AgencyService agencies = context.getBean(AgencyService.class);
        agency = agencies.findByCode("S-XD").orElseThrow().id();
        ownerAgency = agencies.findByCode("S-YT").orElseThrow().id();
        otherAgency = agencies.findByCode("S-TC").orElseThrow().id();
        pawnLine = context.getBean(ConditionalLineService.class).search("Kinh doanh dịch vụ cầm đồ", null).stream()
                .filter(line -> line.number() == 4).findFirst().orElseThrow().id();
        DdciService ddci = context.getBean(DdciService.class);
        ddciComponent = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        fieldId = context.getBean(IssueFieldService.class).fields().getFirst().id();
        ensureAccount(OTHER_AGENCY_OFFICER, otherAgency);
        ensureAccount(OWNER_OFFICER, ownerAgency);
        signIn("investment");
    }

    void signIn(String username) {
        TestLogins.signIn(context, username);
    }

    private void ensureAccount(String username, long agencyId) {
        AccountService accounts = context.getBean(AccountService.class);
        if (accounts.search(username).stream().noneMatch(a -> a.username().equals(username))) {
            accounts.create(new AccountForm(username, "Tài khoản thử " + username, null, Role.AGENCY_OFFICER, agencyId, null),
                    PASSWORD);
        }
    }

    /** A new procedure of the concerned agency, recorded by the investment officer. */
    long procedure(long issuingAgency, int statutory, Integer reduced, long line) {
        signIn("investment");
        String code = "TT-" + UUID.randomUUID().toString().substring(0, 8);
        return context.getBean(LicensingProcedureService.class).create(new LicensingProcedureForm(code,
                "Thủ tục thử " + code, issuingAgency, statutory, reduced, Set.of(line))).id();
    }

    BottleneckForm form(long procedure, boolean isPublic) {
        return new BottleneckForm(procedure, pawnLine, agency, ownerAgency, "Điểm nghẽn thử " + UUID.randomUUID(),
                "Hồ sơ phải bổ sung nhiều lần, mỗi lần một yêu cầu khác.", Set.of(BottleneckCause.MISSING_DOCUMENTS,
                BottleneckCause.SITE_INSPECTION), 2, "Hai doanh nghiệp phản ánh phí “bồi dưỡng” khi thẩm định",
                Set.of(ddciComponent), new ProposedFix("Bỏ yêu cầu bản sao chứng thực, kiểm tra thực địa một lần",
                2, 3, 5, 1_500_000L), LocalDate.of(2026, 12, 31), isPublic, null);
    }

    /** A new bottleneck created by the investment officer, who stays signed in. */
    BottleneckDetails created(boolean isPublic) {
        signIn("investment");
        return bottlenecks.create(form(procedure(agency, 20, 10, pawnLine), isPublic));
    }

    /** A new bottleneck moved on by the investment officer through the states before {@code state}. */
    BottleneckDetails inState(BottleneckState state) {
        BottleneckDetails b = created(false);
        List<BottleneckAction> path = List.of(BottleneckAction.START_ANALYSIS, BottleneckAction.PROPOSE_FIX,
                BottleneckAction.APPROVE, BottleneckAction.IMPLEMENT);
        if (state == BottleneckState.DROPPED) {
            return bottlenecks.drop(b.id(), "Trùng với điểm nghẽn khác", b.version());
        }
        int steps = Math.min(state.ordinal(), path.size());
        for (int i = 0; i < steps; i++) {
            b = bottlenecks.move(b.id(), path.get(i), null, b.version());
        }
        if (state == BottleneckState.VERIFIED) {
            b = bottlenecks.verify(b.id(), new BigDecimal("8.5"), null, b.version());
        }
        return b;
    }

    IssueDetails newIssue(String title) {
        signIn("investment");
        return context.getBean(IssueService.class).create(new NewIssue(title, "Nội dung: " + title, IssueChannel.HOTLINE,
                null, fieldId, IssuePriority.NORMAL, List.of(), List.of(), Set.of(ddciComponent), false, null));
    }

    static void assertRefusedAsNotAllowed(Runnable command) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(ValidationException.Violation::messageKey)
                        .containsExactly("licensing.BottleneckService.actionNotAllowed"));
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
