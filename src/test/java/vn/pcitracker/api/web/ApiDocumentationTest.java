package vn.pcitracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.pcitracker.api.ApiTestSupport;
import vn.pcitracker.api.IssuedApiKey;
import vn.pcitracker.security.TestLogins;

/**
 * The OpenAPI description and its browsable page describe both APIs and the key they need; they are for signed-in
 * administrators (who hand them to partners), not for anyone on the internet nor for a partner's key.
 */
@SpringBootTest
class ApiDocumentationTest {

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper json;

    @Test
    void theOpenApiDescriptionListsBothApisAndTheKeyHeader() throws Exception {
        MvcResult result = new ApiTestSupport(context).mvc.perform(get("/v3/api-docs").with(signedIn("admin"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode description = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(description.get("info").get("title").asString()).isEqualTo("PCI Tracker partner API");
        assertThat(description.get("paths").has("/api/v1/recommendations")).isTrue();
        assertThat(description.get("paths").has("/open311/v2/requests.json")).isTrue();
        assertThat(description.get("components").get("securitySchemes").get("apiKey").get("name").asString())
                .isEqualTo("X-API-Key");
    }

    @Test
    void theBrowsablePageOpensForASignedInAdministrator() throws Exception {
        MvcResult page = new ApiTestSupport(context).mvc.perform(get("/swagger-ui/index.html").with(signedIn("admin")))
                .andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("swagger-ui");
    }

    @Test
    void nobodyElseReadsTheDescription() throws Exception {
        ApiTestSupport api = new ApiTestSupport(context);
        IssuedApiKey key = api.channelKey(100);

        for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            MvcResult anonymous = api.mvc.perform(get(path)).andReturn();
            assertThat(anonymous.getResponse().getStatus()).as(path).isEqualTo(302);
            assertThat(anonymous.getResponse().getHeader("Location")).as(path).endsWith("/login");
            assertThat(api.mvc.perform(get(path).with(signedIn("investment"))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(403);
            MvcResult withKey = api.mvc.perform(get(path).header("X-API-Key", key.secret())).andReturn();
            assertThat(withKey.getResponse().getStatus()).as(path).isEqualTo(302);
        }
    }

    private RequestPostProcessor signedIn(String username) {
        Authentication authentication = TestLogins.signIn(context, username);
        TestLogins.signOut();
        return SecurityMockMvcRequestPostProcessors.authentication(authentication);
    }
}
