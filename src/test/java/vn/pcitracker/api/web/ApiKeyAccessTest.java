package vn.pcitracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.pcitracker.api.ApiTestSupport;
import vn.pcitracker.api.IssuedApiKey;
import vn.pcitracker.issue.IssueDetails;

/**
 * Object-level authorisation through the partner API, over the real filter chains and dispatcher: an
 * association's key reads nothing private of another association (by id, in the list whatever the filters, or
 * through Open311), changes nothing, opens nothing of the application itself, and a revoked key opens nothing.
 */
@SpringBootTest
class ApiKeyAccessTest {

    @Autowired WebApplicationContext context;

    private ApiTestSupport api;
    private IssuedApiKey associationKey;
    private IssueDetails othersPrivate;

    @BeforeEach
    void setUp() {
        api = new ApiTestSupport(context);
        associationKey = api.associationKey(1000);
        othersPrivate = api.recommendation(ApiTestSupport.unique("Riêng của hội khác"), "Nội dung riêng", false, null);
    }

    @Test
    void anAssociationsKeyGetsNothingOfAnotherAssociationsPrivateRecommendation() throws Exception {
        assertThat(call(get("/api/v1/recommendations/{id}", othersPrivate.id()), associationKey).getStatus()).isEqualTo(404);
        assertThat(call(get("/open311/v2/requests/{code}.json", othersPrivate.code()), associationKey).getStatus())
                .isEqualTo(404);
        for (int page = 0; ; page++) {
            MockHttpServletResponse list = call(get("/api/v1/recommendations").param("size", "100")
                    .param("page", String.valueOf(page)).param("updatedSince", "2000-01-01T00:00:00Z"), associationKey);
            assertThat(list.getStatus()).isEqualTo(200);
            String body = list.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(othersPrivate.code());
            if (!body.contains("\"code\"")) {
                break;
            }
        }
    }

    @Test
    void noKeyChangesARecommendationTheApiHasNoSuchDoor() throws Exception {
        IssuedApiKey channelKey = api.channelKey(1000);

        for (MockHttpServletRequestBuilder change : List.of(
                put("/api/v1/recommendations/{id}", othersPrivate.id()).contentType(MediaType.APPLICATION_JSON).content("{}"),
                patch("/api/v1/recommendations/{id}", othersPrivate.id()).contentType(MediaType.APPLICATION_JSON).content("{}"),
                delete("/api/v1/recommendations/{id}", othersPrivate.id()))) {
            assertThat(call(change, channelKey).getStatus()).isIn(404, 405);
        }

        String after = call(get("/api/v1/recommendations/{id}", othersPrivate.id()), channelKey)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("\"version\":" + othersPrivate.version()).contains("\"state\":\"RECEIVED\"");
    }

    @Test
    void aKeyOpensNothingOfTheApplicationItself() throws Exception {
        for (String path : List.of("/attachments/1", "/admin/api-keys", "/issues", "/v3/api-docs", "/actuator/env")) {
            MockHttpServletResponse response = call(get(path), associationKey);
            assertThat(response.getStatus()).as(path).isIn(302, 401, 403, 404);
            if (response.getStatus() == 302) {
                assertThat(response.getHeader("Location")).as(path).endsWith("/login");
            }
        }
    }

    @Test
    void aRevokedKeyOpensNothing() throws Exception {
        IssueDetails ownPublic = api.recommendation(ApiTestSupport.unique("Công khai"), "Nội dung", true, null);
        assertThat(call(get("/api/v1/recommendations/{id}", ownPublic.id()), associationKey).getStatus()).isEqualTo(200);

        api.revoke(associationKey);

        assertThat(call(get("/api/v1/recommendations/{id}", ownPublic.id()), associationKey).getStatus()).isEqualTo(401);
        assertThat(call(get("/api/v1/recommendations"), associationKey).getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, IssuedApiKey key) throws Exception {
        return api.mvc.perform(request.header("X-API-Key", key.secret())).andReturn().getResponse();
    }
}
