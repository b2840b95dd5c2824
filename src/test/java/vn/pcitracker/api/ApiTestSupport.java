package vn.pcitracker.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssuePriority;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.NewIssue;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.TestLogins;

/**
 * For the API tests: the real filter chains and dispatcher of the shared context driven by a MockMvc built here
 * (not {@code @AutoConfigureMockMvc}, which would start a second context, docs/adr/004), keys issued by the demo
 * administrator, and recommendations filed by the demo investment officer. Every test makes its own keys and
 * recommendations with unique titles.
 */
public final class ApiTestSupport {

    public final MockMvc mvc;
    public final long association;
    public final long otherAssociation;
    public final long constructionField;
    public final String constructionCode = "CONSTRUCTION";
    public final long ddciComponent;
    private final ApplicationContext context;

    public ApiTestSupport(WebApplicationContext context) {
        this.context = context;
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        TestLogins.signIn(context, "admin");
        AssociationService associations = context.getBean(AssociationService.class);
        association = associations.findByCode("HHDN-HP").orElseThrow().id();
        otherAssociation = associations.findByCode("HDNT-HP").orElseThrow().id();
        constructionField = context.getBean(IssueFieldService.class).fields().stream()
                .filter(f -> f.code().equals(constructionCode)).findFirst().orElseThrow().id();
        DdciService ddci = context.getBean(DdciService.class);
        ddciComponent = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        TestLogins.signOut();
    }

    /** A key for the demo association with the given limit; returns the key itself. */
    public IssuedApiKey associationKey(int perMinute) {
        return issue(new NewApiKey("Thử " + UUID.randomUUID(), association, null, perMinute));
    }

    public IssuedApiKey channelKey(int perMinute) {
        return issue(new NewApiKey("Kênh thử " + UUID.randomUUID(), null, "Ứng dụng thử", perMinute));
    }

    public void revoke(IssuedApiKey key) {
        TestLogins.signIn(context, "admin");
        try {
            context.getBean(ApiKeyService.class).revoke(key.summary().id());
        } finally {
            TestLogins.signOut();
        }
    }

    private IssuedApiKey issue(NewApiKey form) {
        TestLogins.signIn(context, "admin");
        try {
            return context.getBean(ApiKeyService.class).issue(form);
        } finally {
            TestLogins.signOut();
        }
    }

    /** A recommendation of the other association, received on {@code receivedOn}, public or not. */
    public IssueDetails recommendation(String title, String content, boolean isPublic, LocalDate receivedOn) {
        TestLogins.signIn(context, "investment");
        try {
            return context.getBean(IssueService.class).create(new NewIssue(title, content, IssueChannel.HOTLINE, null,
                    constructionField, IssuePriority.NORMAL, List.of(), List.of(otherAssociation), Set.of(ddciComponent),
                    isPublic, receivedOn));
        } finally {
            TestLogins.signOut();
        }
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
