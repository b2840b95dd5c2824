package vn.pcitracker.issue.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;

/** Recommendations the view tests start from, logged by the demo investment officer through the real service. */
final class IssueFixtures {

    private final ApplicationContext context;

    IssueFixtures(ApplicationContext context) {
        this.context = context;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new issue backed by the demo association (HHDN-HP), with one DDCI component, in state RECEIVED. */
    IssueDetails received(String title) {
        return as("investment", () -> {
            long field = context.getBean(IssueFieldService.class).fields().getFirst().id();
            DdciService ddci = context.getBean(DdciService.class);
            long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
            long association = context.getBean(AssociationService.class).findByCode("HHDN-HP").orElseThrow().id();
            return context.getBean(IssueService.class).create(new NewIssue(title, "Nội dung: " + title,
                    IssueChannel.ASSOCIATION_PORTAL, null, field, IssuePriority.NORMAL, List.of(), List.of(association),
                    Set.of(component), false, null));
        });
    }

    /** A new issue classified and assigned to the agency with the code, awaiting its answer. */
    IssueDetails assignedTo(String agencyCode, String title) {
        IssueDetails issue = received(title);
        return as("investment", () -> {
            IssueService issues = context.getBean(IssueService.class);
            long agency = context.getBean(AgencyService.class).findByCode(agencyCode).orElseThrow().id();
            IssueDetails classified = issues.classify(issue.id(), null, issue.version());
            return issues.assign(issue.id(), new Assignment(agency, Set.of(), null, null), classified.version());
        });
    }

    /** Runs a command as the demo account, then gives the thread back to whoever was signed in before. */
    <T> T as(String username, Supplier<T> command) {
        SecurityContext before = SecurityContextHolder.getContext();
        TestLogins.signIn(context, username);
        try {
            return command.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
