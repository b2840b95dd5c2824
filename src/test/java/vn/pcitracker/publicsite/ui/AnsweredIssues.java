package vn.pcitracker.publicsite.ui;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Answer;
import vn.pcitracker.issue.AnswerKind;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.Feedback;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;

/**
 * Recommendations answered through the real workflow by the demo users (Sở Xây dựng answers, the demo association
 * rates), each with an internal note that must never reach the public pages. Leaves nobody signed in.
 */
final class AnsweredIssues {

    static final String INTERNAL_NOTE = "Nội bộ: chuyên viên Lê Văn Hùng, điện thoại 0913 222 333";

    private final ApplicationContext context;

    AnsweredIssues(ApplicationContext context) {
        this.context = context;
    }

    IssueDetails answered(String title, String content, boolean isPublic, String answer) {
        IssueService issues = context.getBean(IssueService.class);
        TestLogins.signIn(context, "investment");
        long field = context.getBean(IssueFieldService.class).fields().getFirst().id();
        DdciService ddci = context.getBean(DdciService.class);
        long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        long association = context.getBean(AssociationService.class).findByCode("HHDN-HP").orElseThrow().id();
        long agency = context.getBean(AgencyService.class).findByCode("S-XD").orElseThrow().id();
        IssueDetails issue = issues.create(new NewIssue(title, content, IssueChannel.HOTLINE, null, field,
                IssuePriority.NORMAL, List.of(), List.of(association), Set.of(component), isPublic, null));
        issue = issues.assign(issue.id(), new Assignment(agency, Set.of(), null, null), issue.version());
        TestLogins.signIn(context, "agency");
        issue = issues.start(issue.id(), null, issue.version());
        issues.contribute(issue.id(), INTERNAL_NOTE);
        issue = issues.find(issue.id()).orElseThrow();
        issue = issues.answer(issue.id(), new Answer(AnswerKind.ON_SPOT, answer, null, null), issue.version());
        TestLogins.signIn(context, "association");
        issue = issues.giveFeedback(issue.id(), new Feedback(true, 4, "Cảm ơn chị Phạm Thu Hằng", false), issue.version());
        TestLogins.signOut();
        return issue;
    }
}
