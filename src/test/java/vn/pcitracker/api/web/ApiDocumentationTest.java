package vn.pcitracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.pcitracker.api.ApiTestSupport;

/** The OpenAPI description and its browsable page are public, and describe both APIs and the key they need. */
@SpringBootTest
class ApiDocumentationTest {

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper json;

    @Test
    void theOpenApiDescriptionListsBothApisAndTheKeyHeader() throws Exception {
        MvcResult result = new ApiTestSupport(context).mvc.perform(get("/v3/api-docs")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode description = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(description.get("info").get("title").asString()).isEqualTo("PCI Tracker partner API");
        assertThat(description.get("paths").has("/api/v1/recommendations")).isTrue();
        assertThat(description.get("paths").has("/open311/v2/requests.json")).isTrue();
        assertThat(description.get("components").get("securitySchemes").get("apiKey").get("name").asString())
                .isEqualTo("X-API-Key");
    }

    @Test
    void theBrowsablePageOpensWithoutSigningIn() throws Exception {
        MvcResult page = new ApiTestSupport(context).mvc.perform(get("/swagger-ui/index.html")).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("swagger-ui");
    }
}
