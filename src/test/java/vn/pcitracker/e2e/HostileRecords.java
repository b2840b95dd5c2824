package vn.pcitracker.e2e;

import static vn.pcitracker.e2e.ScriptPayloads.IMG;
import static vn.pcitracker.e2e.ScriptPayloads.SCRIPT;
import static vn.pcitracker.e2e.ScriptPayloads.SVG;
import static vn.pcitracker.e2e.ScriptPayloads.TEMPLATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.commitment.CheckInForm;
import vn.pcitracker.commitment.CheckInService;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentForm;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.CriterionForm;
import vn.pcitracker.commitment.Direction;
import vn.pcitracker.commitment.Quarter;
import vn.pcitracker.commitment.UnitKind;
import vn.pcitracker.dialogue.DialogueForm;
import vn.pcitracker.dialogue.DialogueKind;
import vn.pcitracker.dialogue.DialogueService;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.licensing.ConditionalLineService;
import vn.pcitracker.licensing.LicensingProcedureForm;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.licensing.bottleneck.BottleneckAction;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckForm;
import vn.pcitracker.licensing.bottleneck.BottleneckService;
import vn.pcitracker.licensing.bottleneck.ProposedFix;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationForm;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseForm;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.organization.TestTaxCodes;
import vn.pcitracker.security.TestLogins;

/**
 * Records whose every text holds script and HTML, stored through the real services as the users who may store them.
 * Each text carries the {@code token}, so a test finds its own records among everyone's; the visible part of each
 * text ({@code "Hội thử " + token} and so on) is what a test looks for on the page.
 */
final class HostileRecords {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ApplicationContext spring;
    final String token;

    HostileRecords(ApplicationContext spring, String token) {
        this.spring = spring;
        this.token = token;
    }

    String agencyName() {
        return SVG + " Sở thử " + token;
    }

    String associationName() {
        return IMG + " Hội thử " + token;
    }

    String firmName() {
        return SCRIPT + " Công ty thử " + token;
    }

    long agency() {
        TestLogins.signIn(spring, "admin");
        try {
            return spring.getBean(AgencyService.class).create(new AgencyForm("XSS-" + token, agencyName(), agencyName(),
                    AgencyKind.DEPARTMENT, null, null, null, List.of())).id();
        } finally {
            TestLogins.signOut();
        }
    }

    long association() {
        TestLogins.signIn(spring, "admin");
        try {
            return spring.getBean(AssociationService.class).create(new AssociationForm("XSS-" + token, associationName(),
                    associationName(), null, SVG + " ngành", IMG + " liên hệ", null, null)).id();
        } finally {
            TestLogins.signOut();
        }
    }

    long firm() {
        TestLogins.signIn(spring, "investment");
        try {
            return spring.getBean(EnterpriseService.class).create(new EnterpriseForm(TestTaxCodes.fresh(), firmName(),
                    IMG + " ngành", SVG + " địa chỉ " + TEMPLATE, SCRIPT + " liên hệ", null, null)).id();
        } finally {
            TestLogins.signOut();
        }
    }

    /** A session of today hosted by the Department of Construction, attended by {@code associationId}. */
    DialogueSummary dialogue(long associationId) {
        TestLogins.signIn(spring, "investment");
        try {
            return spring.getBean(DialogueService.class).create(new DialogueForm(DialogueKind.THEMATIC,
                    IMG + " Đối thoại thử " + token, LocalDate.now(PROVINCE), SVG + " Hội trường " + token,
                    construction(), SCRIPT + " Chủ trì " + token, Set.of(associationId), 12,
                    SCRIPT + " Biên bản " + token + "\n" + IMG + "\n" + TEMPLATE));
        } finally {
            TestLogins.signOut();
        }
    }

    /** A recommendation raised at {@code dialogueId} by the firm and the association, assigned to {@code agencyId}. */
    IssueDetails issue(Long dialogueId, long firmId, long associationId, long agencyId) {
        return issue(IMG + " Kiến nghị thử " + token, dialogueId, firmId, associationId, agencyId);
    }

    /** The same, titled {@code title} ({@code dialogueId} may be null: received by document). */
    IssueDetails issue(String title, Long dialogueId, long firmId, long associationId, long agencyId) {
        TestLogins.signIn(spring, "investment");
        try {
            DdciService ddci = spring.getBean(DdciService.class);
            long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
            long field = spring.getBean(IssueFieldService.class).fields().getFirst().id();
            IssueService issues = spring.getBean(IssueService.class);
            IssueDetails issue = issues.create(new NewIssue(title, SCRIPT + " nội dung",
                    dialogueId == null ? IssueChannel.DOCUMENT : IssueChannel.DIALOGUE, dialogueId, field,
                    IssuePriority.NORMAL, List.of(firmId), List.of(associationId), Set.of(component), false, null));
            return issues.assign(issue.id(), new Assignment(agencyId, Set.of(), null, IMG + " ghi chú giao"), issue.version());
        } finally {
            TestLogins.signOut();
        }
    }

    /** A commitment of the Department of Construction with one hostile division, checked in this quarter. */
    CommitmentDetails commitment() {
        int year = LocalDate.now(PROVINCE).getYear();
        TestLogins.signIn(spring, "investment");
        CommitmentDetails commitment;
        try {
            commitment = spring.getBean(CommitmentService.class).create(new CommitmentForm(IMG + " Giao ước thử " + token,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), construction(), SVG + " Giám đốc " + token,
                    UnitKind.DIVISION, List.of(SCRIPT + " Phòng thử " + token), List.of(), LocalDate.of(year, 1, 10),
                    IMG + " 01/GU " + token, List.of(new CriterionForm(null, SVG + " Tiêu chí thử " + token,
                    "<b onclick=alert(1)>hs</b>", Direction.HIGHER_IS_BETTER, new BigDecimal("10"), null, new BigDecimal("20"), null,
                    100, null, null, CriterionForm.MANUAL))));
        } finally {
            TestLogins.signOut();
        }
        Quarter quarter = Quarter.of(LocalDate.now(PROVINCE));
        TestLogins.signIn(spring, "agency");
        try {
            return spring.getBean(CheckInService.class).checkIn(new CheckInForm(commitment.criteria().getFirst().id(),
                    commitment.units().getFirst().id(), quarter.year(), quarter.quarter(), new BigDecimal("16"),
                    CheckInStatus.ON_TRACK, SCRIPT + " Ghi chú kiểm điểm " + token + " " + TEMPLATE));
        } finally {
            TestLogins.signOut();
        }
    }

    /** A bottleneck of a new procedure of the Department of Construction, moved into analysis today. */
    BottleneckDetails bottleneck() {
        TestLogins.signIn(spring, "investment");
        try {
            long line = spring.getBean(ConditionalLineService.class).search("", null).getFirst().id();
            long procedure = spring.getBean(LicensingProcedureService.class).create(new LicensingProcedureForm(
                    "XSS-" + token, SVG + " Thủ tục thử " + token, construction(), 20, 15, Set.of(line))).id();
            BottleneckService bottlenecks = spring.getBean(BottleneckService.class);
            BottleneckDetails created = bottlenecks.create(new BottleneckForm(procedure, line, construction(), null,
                    IMG + " Điểm nghẽn thử " + token, SCRIPT + " Mô tả " + token, Set.of(BottleneckCause.MISSING_DOCUMENTS),
                    2, SVG + " chi phí " + TEMPLATE, Set.of(), new ProposedFix(IMG + " Cách gỡ " + token, 1, 1, 5, null),
                    LocalDate.now(PROVINCE).plusMonths(6), true, null));
            return bottlenecks.move(created.id(), BottleneckAction.START_ANALYSIS, SCRIPT + " Ghi chú phân tích " + token,
                    created.version());
        } finally {
            TestLogins.signOut();
        }
    }

    private long construction() {
        return spring.getBean(AgencyService.class).findByCode("S-XD").orElseThrow().id();
    }
}
