package vn.pcitracker.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.pcitracker.attachment.AttachmentInfo;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.IssueAttachmentPolicy;
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
 * Downloads of a recommendation's file over the real filter chain and dispatcher: the lead agency's officer gets
 * it; an officer of another agency and a representative of another association get 404, for its id and for every
 * id guessed around it that the service would not open for them either.
 */
@SpringBootTest
class AttachmentDownloadAccessTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired WebApplicationContext context;
    @Autowired AttachmentService attachments;
    @Autowired IssueService issues;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void onlyUsersWhoMaySeeTheRecommendationDownloadItsFileEvenByGuessingIds() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        AttachmentInfo file = fileOfAnotherAssociationsIssueLedBySoXayDung();

        assertThat(status(mvc, file.id(), "agency")).isEqualTo(200);
        for (String outsider : List.of("agency-tc", "association")) {
            assertThat(status(mvc, file.id(), outsider)).as(outsider).isEqualTo(404);
            for (long guess = Math.max(1, file.id() - 20); guess <= file.id() + 5; guess++) {
                TestLogins.signIn(context, outsider);
                boolean serviceWouldOpen = attachments.open(guess).isPresent();
                TestLogins.signOut();
                assertThat(status(mvc, guess, outsider)).as("%s guessing %d", outsider, guess)
                        .isEqualTo(serviceWouldOpen ? 200 : 404);
            }
        }
    }

    private int status(MockMvc mvc, long id, String username) throws Exception {
        Authentication user = TestLogins.signIn(context, username);
        TestLogins.signOut();
        return mvc.perform(get("/attachments/{id}", id).with(authentication(user))).andReturn().getResponse().getStatus();
    }

    private AttachmentInfo fileOfAnotherAssociationsIssueLedBySoXayDung() {
        TestLogins.signIn(context, "admin");
        long leadAgency = context.getBean(AgencyService.class).findByCode("S-XD").orElseThrow().id();
        long otherAssociation = context.getBean(AssociationService.class).findByCode("HDNT-HP").orElseThrow().id();
        long field = context.getBean(IssueFieldService.class).fields().getFirst().id();
        DdciService ddci = context.getBean(DdciService.class);
        long component = ddci.components(ddci.catalogues().getFirst().id()).getFirst().id();
        TestLogins.signIn(context, "investment");
        IssueDetails issue = issues.create(new NewIssue("Kiến nghị có tệp tải về " + UUID.randomUUID(), "Nội dung",
                IssueChannel.HOTLINE, null, field, IssuePriority.NORMAL, List.of(), List.of(otherAssociation),
                Set.of(component), false, null));
        issues.assign(issue.id(), new Assignment(leadAgency, Set.of(), null, null), issue.version());
        AttachmentInfo file = attachments.store(IssueAttachmentPolicy.OWNER_TYPE, issue.id(), "Văn bản trả lời.pdf",
                new ByteArrayInputStream(PDF));
        TestLogins.signOut();
        return file;
    }
}
