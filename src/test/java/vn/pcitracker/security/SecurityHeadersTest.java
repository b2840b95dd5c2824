package vn.pcitracker.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.pcitracker.attachment.AttachmentInfo;
import vn.pcitracker.attachment.AttachmentService;

/**
 * The application's real security filter chains in the suite's shared context (docs/adr/004): pages, attachment
 * downloads and the partner API each carry the same headers and a content security policy of their own. Over plain
 * HTTP the pages' headers are checked by {@code LoginSecurityIT}; HSTS needs a request over TLS, which MockMvc can
 * pretend.
 */
@SpringBootTest
class SecurityHeadersTest {

    /** An owner type of the attachment module's test sources, whose files investment officers store and read. */
    private static final String TEST_OWNER = "TEST_OWNER";

    @Autowired WebApplicationContext context;
    @Autowired AttachmentService attachments;
    private MockMvc mvc;

    @BeforeEach
    void throughTheSecurityFilterChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    private static ResultMatcher theCommonHeadersWith(String policy) {
        return result -> {
            header().string("X-Content-Type-Options", "nosniff").match(result);
            header().string("X-Frame-Options", "DENY").match(result);
            header().string("Referrer-Policy", "strict-origin-when-cross-origin").match(result);
            header().string("Content-Security-Policy", policy).match(result);
        };
    }

    @Test
    void aRequestOverTlsIsToldToUseTlsForAYearIncludingSubdomains() throws Exception {
        mvc.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void aPlainHttpRequestGetsNoHstsHeaderButAllTheOthers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(theCommonHeadersWith(SecurityHeaders.PAGES_POLICY));
    }

    @Test
    void aDownloadIsAnAttachmentNeverSniffedAndSandboxedWithTheSameReferrerPolicy() throws Exception {
        Authentication investment = TestLogins.signIn(context, "investment");
        AttachmentInfo file = attachments.store(TEST_OWNER, ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
                "bao-cao.pdf", new ByteArrayInputStream("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));

        mvc.perform(get("/attachments/{id}", file.id()).with(authentication(investment)).secure(true))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                // The controller's own nosniff and the chain's are one header, not two.
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(theCommonHeadersWith("default-src 'none'; sandbox; frame-ancestors 'none'"))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void aDownloadRefusedOrNotFoundCarriesTheDownloadHeadersToo() throws Exception {
        mvc.perform(get("/attachments/{id}", Long.MAX_VALUE).with(authentication(TestLogins.signIn(context, "leader"))))
                .andExpect(status().isNotFound())
                .andExpect(theCommonHeadersWith(SecurityHeaders.DOWNLOADS_POLICY));
    }

    @Test
    void thePartnerApiAnswersWithTheSameHeadersAndAPolicyThatLoadsNothing() throws Exception {
        mvc.perform(get("/open311/v2/services.json").secure(true))
                .andExpect(status().isOk())
                .andExpect(theCommonHeadersWith("default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/api/v1/recommendations"))
                .andExpect(status().isUnauthorized())
                .andExpect(theCommonHeadersWith(SecurityHeaders.API_POLICY));
    }
}
