package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What an anonymous visitor reaches over HTTP, through the real filter chains of the shared context (a MockMvc
 * built on it, docs/adr/004): the health endpoint, without details, and nothing else of the management or API
 * surface; application pages and downloads send them to the login, the partner API asks for a key.
 */
@SpringBootTest
class PublicEndpointsTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void theHealthEndpointAnswersWithoutDetails() throws Exception {
        MockHttpServletResponse health = mvc().perform(get("/actuator/health")).andReturn().getResponse();

        // 503 when a component is down (the test context has no mail server): the answer is the same, a status alone.
        assertThat(health.getStatus()).isIn(200, 503);
        // The status and the names of the probe groups; never the components (database, mail) or their details.
        assertThat(health.getContentAsString()).matches("\\{(\"groups\":\\[[a-z\",]*\\],)?\"status\":\"[A-Z_]+\"}");
    }

    static Stream<String> closedToAnonymousVisitors() {
        return Stream.of("/actuator", "/actuator/env", "/actuator/info", "/actuator/beans", "/actuator/configprops",
                "/actuator/mappings", "/actuator/metrics", "/actuator/loggers", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/health/db", "/actuator/shutdown", "/actuator/flyway",
                "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html",
                "/api/v1/recommendations", "/api/v1/recommendations/1",
                "/", "/issues", "/issues/1", "/admin/accounts", "/admin/api-keys", "/dashboard", "/attachments/1",
                "/data/demo/accounts.csv", "/application.properties", "/WEB-INF/web.xml", "/.git/config");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedToAnonymousVisitors")
    void anAnonymousRequestIsRefusedOrSentToTheLogin(String path) throws Exception {
        MockHttpServletResponse response = mvc().perform(get(path)).andReturn().getResponse();

        if (response.getStatus() == 302) {
            assertThat(response.getHeader("Location")).as(path).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as(path).isIn(401, 403, 404);
        }
    }

    @Test
    void thePartnerApiWithoutAKeyIsUnauthorisedAndFilingThroughOpen311IsForbidden() throws Exception {
        assertThat(mvc().perform(get("/api/v1/recommendations")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc().perform(post("/api/v1/recommendations")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc().perform(post("/open311/v2/requests.json")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theManagementEndpointsAreNotExposedEvenToAnAdministrator() throws Exception {
        var admin = SecurityMockMvcRequestPostProcessors.authentication(TestLogins.signIn(context, "admin"));
        TestLogins.signOut();

        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops")) {
            assertThat(mvc().perform(get(path).with(admin)).andReturn().getResponse().getStatus()).as(path).isIn(403, 404);
        }
    }
}
