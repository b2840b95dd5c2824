package vn.pcitracker.attachment.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.pcitracker.security.TestLogins;

/**
 * The real web security filter chain and MVC dispatcher of the shared context, driven by a MockMvc built here
 * from it (not {@code @AutoConfigureMockMvc}, which would start a second context, docs/adr/004).
 */
@SpringBootTest
class AttachmentDownloadControllerTest {

    /** Must match TestOwnerPolicy in the test sources of the attachment module. */
    private static final String OWNER = "TEST_OWNER";
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private AttachmentService service;

    private MockMvc mvc;
    private AttachmentInfo file;

    @BeforeEach
    void storeAFile() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        TestLogins.signIn(context, "investment");
        file = service.store(OWNER, ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
                "Báo cáo quý 1.pdf", new ByteArrayInputStream(PDF));
        TestLogins.signOut();
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aSignedInReaderDownloadsTheFileAsAnAttachmentThatIsNeverSniffedOrCached() throws Exception {
        mvc.perform(get("/attachments/{id}", file.id()).with(authentication(login("leader"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Bao cao quy 1.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%201.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "no-store, private"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aHostileUploadedNameIsStoredAsAPlainNameAndCannotSplitOrBendTheDownloadHeaders() throws Exception {
        TestLogins.signIn(context, "investment");
        AttachmentInfo hostile = service.store(OWNER, ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
                "..\\..\\etc/passwd\"\r\nX-Injected: 1\u202Egpj.pdf", new ByteArrayInputStream(PDF));
        TestLogins.signOut();

        org.assertj.core.api.Assertions.assertThat(hostile.filename()).isEqualTo("passwd_X-Injected_ 1gpj.pdf");
        mvc.perform(get("/attachments/{id}", hostile.id()).with(authentication(login("leader"))))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Injected"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"passwd_X-Injected_ 1gpj.pdf\"; filename*=UTF-8''passwd_X-Injected_%201gpj.pdf"));
    }

    @Test
    void aUserWhoMayNotSeeTheRecordGetsNotFound() throws Exception {
        mvc.perform(get("/attachments/{id}", file.id()).with(authentication(login("association"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownFileIsNotFound() throws Exception {
        mvc.perform(get("/attachments/{id}", Long.MAX_VALUE).with(authentication(login("leader"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void nobodySignedInIsSentToTheLoginInsteadOfTheFile() throws Exception {
        mvc.perform(get("/attachments/{id}", file.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    private Authentication login(String username) {
        Authentication authentication = TestLogins.signIn(context, username);
        TestLogins.signOut();
        return authentication;
    }
}
