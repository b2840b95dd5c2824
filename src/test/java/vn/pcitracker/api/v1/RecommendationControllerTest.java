package vn.pcitracker.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.pcitracker.api.ApiTestSupport;
import vn.pcitracker.api.IssuedApiKey;
import vn.pcitracker.issue.IssueDetails;

/** {@code /api/v1}: paging, what an association's key may see, filing, and refusals as RFC 9457 problems. */
@SpringBootTest
class RecommendationControllerTest {

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper json;

    private ApiTestSupport api;
    private IssuedApiKey associationKey;
    private IssuedApiKey channelKey;

    @BeforeEach
    void setUp() {
        api = new ApiTestSupport(context);
        associationKey = api.associationKey(1000);
        channelKey = api.channelKey(1000);
    }

    @Test
    void pagesFollowOneStableOrderWithoutOverlap() throws Exception {
        for (int i = 0; i < 3; i++) {
            api.recommendation(ApiTestSupport.unique("Trang"), "Nội dung", false, null);
        }
        List<Long> seen = new ArrayList<>();
        JsonNode first = read(get("/api/v1/recommendations").param("size", "2").param("page", "0"), channelKey, 200);
        JsonNode second = read(get("/api/v1/recommendations").param("size", "2").param("page", "1"), channelKey, 200);
        first.get("items").forEach(item -> seen.add(item.get("id").asLong()));
        second.get("items").forEach(item -> seen.add(item.get("id").asLong()));

        assertThat(first.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("totalPages").asLong()).isEqualTo((first.get("totalElements").asLong() + 1) / 2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(seen).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void anAssociationsKeySeesItsOwnAndPublicRecommendationsButNotAnotherAssociationsPrivateOnes() throws Exception {
        IssueDetails othersPrivate = api.recommendation(ApiTestSupport.unique("Riêng của hội khác"), "Nội dung", false, null);
        IssueDetails othersPublic = api.recommendation(ApiTestSupport.unique("Công khai của hội khác"), "Nội dung", true, null);

        read(get("/api/v1/recommendations/{id}", othersPrivate.id()), associationKey, 404);
        JsonNode visible = read(get("/api/v1/recommendations/{id}", othersPublic.id()), associationKey, 200);
        JsonNode byChannel = read(get("/api/v1/recommendations/{id}", othersPrivate.id()), channelKey, 200);

        assertThat(visible.get("code").asString()).isEqualTo(othersPublic.code());
        assertThat(visible.get("history").get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(visible.get("history").get(0).get("actor").isNull()).isTrue();
        assertThat(byChannel.get("history").get(0).get("actor").asString()).isNotBlank();
        assertThat(byChannel.get("ddciComponentIds").get(0).asLong()).isEqualTo(api.ddciComponent);
        assertThat(byChannel.get("parties").get(0).get("associationId").asLong()).isEqualTo(api.otherAssociation);
    }

    @Test
    void theStateFilterAndTheListRespectTheAssociationsView() throws Exception {
        IssueDetails othersPrivate = api.recommendation(ApiTestSupport.unique("Lọc"), "Nội dung", false, null);

        JsonNode page = read(get("/api/v1/recommendations").param("state", "RECEIVED").param("size", "100"), associationKey, 200);

        List<String> states = StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("state").asString()).distinct().toList();
        List<Long> ids = StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("id").asLong()).toList();
        assertThat(states).containsOnly("RECEIVED");
        assertThat(ids).doesNotContain(othersPrivate.id());
    }

    @Test
    void aFiledRecommendationIsSubmittedByTheKeysAssociation() throws Exception {
        String body = """
                {"title": "%s", "content": "Thời gian thẩm định thiết kế vượt quy định", "fieldId": %d,
                 "ddciComponentIds": [%d], "isPublic": false}""".formatted(ApiTestSupport.unique("Thẩm định chậm"),
                api.constructionField, api.ddciComponent);

        MvcResult result = api.mvc.perform(post("/api/v1/recommendations").contentType(MediaType.APPLICATION_JSON)
                .content(body).header("X-API-Key", associationKey.secret())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode created = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/recommendations/" + created.get("id").asLong());
        assertThat(created.get("channel").asString()).isEqualTo("PARTNER_API");
        assertThat(created.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(created.get("parties").get(0).get("associationId").asLong()).isEqualTo(api.association);
        assertThat(created.get("parties").get(0).get("submitter").asBoolean()).isTrue();
    }

    @Test
    void invalidInputIsAProblemListingEveryFieldInTheCallersLanguage() throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/recommendations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \" \", \"fieldId\": 999999999}");

        JsonNode english = read(request.header("Accept-Language", "en-GB"), associationKey, 400);
        JsonNode vietnamese = read(post("/api/v1/recommendations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \" \", \"fieldId\": 999999999}"), associationKey, 400);

        assertThat(english.get("status").asInt()).isEqualTo(400);
        assertThat(english.get("title").asString()).isEqualTo("Invalid input");
        List<String> fields = StreamSupport.stream(english.get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("title", "content", "fieldId");
        assertThat(vietnamese.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vietnamese.get("errors").toString()).contains("Bắt buộc");
    }

    @Test
    void aPageSizeAboveTheLimitIsABadRequest() throws Exception {
        JsonNode problem = read(get("/api/v1/recommendations").param("size", "500"), channelKey, 400);

        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    private JsonNode read(MockHttpServletRequestBuilder request, IssuedApiKey key, int status) throws Exception {
        MvcResult result = api.mvc.perform(request.header("X-API-Key", key.secret())).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return json.readTree(body);
    }
}
