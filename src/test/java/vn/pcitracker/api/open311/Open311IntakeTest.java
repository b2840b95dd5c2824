package vn.pcitracker.api.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.pcitracker.api.ApiTestSupport;
import vn.pcitracker.api.IssuedApiKey;

/** POST Service Request with a key, and the token that leads back to the recommendation it became. */
@SpringBootTest
class Open311IntakeTest {

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private ApiTestSupport api;
    private IssuedApiKey key;

    @BeforeEach
    void setUp() {
        api = new ApiTestSupport(context);
        key = api.associationKey(100);
    }

    @Test
    void aRequestEntersTheIntakeAsTheKeysAssociationAndItsTokenGivesTheId() throws Exception {
        String title = ApiTestSupport.unique("Thủ tục cấp phép xây dựng kéo dài");
        JsonNode receipt = read(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", key.secret()).param("service_code", "CONSTRUCTION")
                .param("address_string", "Khu công nghiệp Đình Vũ, Hải Phòng").param("lat", "20.83").param("long", "106.76")
                .param("description", "Hồ sơ nộp từ tháng 3 vẫn chưa có kết quả.").param("first_name", "Lan")
                .param("email", "lan@example.vn").param("attribute[TITLE]", title)
                .param("attribute[DDCI_COMPONENT]", Long.toString(api.ddciComponent)).param("attribute[PUBLISH]", "true"), 200);

        assertThat(receipt).hasSize(1);
        assertThat(receipt.get(0).has("service_request_id")).isFalse();
        String token = receipt.get(0).get("token").asString();
        assertThat(token).hasSize(32);
        JsonNode answer = read(get("/open311/v2/tokens/{token}.json", token), 200);
        String id = answer.get(0).get("service_request_id").asString();
        assertThat(answer.get(0).get("token").asString()).isEqualTo(token);
        assertThat(jdbc.queryForMap("SELECT title, channel, state, is_public FROM issue WHERE code = ?", id))
                .containsEntry("title", title).containsEntry("channel", "PARTNER_API").containsEntry("state", "RECEIVED")
                .containsEntry("is_public", true);
        assertThat(jdbc.queryForObject("SELECT p.association_id FROM issue_party p JOIN issue i ON i.id = p.issue_id"
                + " WHERE i.code = ? AND p.role = 'SUBMITTER'", Long.class, id)).isEqualTo(api.association);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM issue_event e JOIN issue i ON i.id = e.issue_id"
                + " WHERE i.code = ? AND e.actor_name = ?", Long.class, id, "API: " + key.summary().label())).isOne();
        JsonNode published = read(get("/open311/v2/requests/{id}.json", id), 200);
        assertThat(GeoReportSchemas.problems("requests.json", published)).isEmpty();
        assertThat(published.get(0).get("address").asString()).isEqualTo("Khu công nghiệp Đình Vũ, Hải Phòng");
        assertThat(published.get(0).get("lat").asDouble()).isEqualTo(20.83);
        assertThat(published.toString()).doesNotContain("lan@example.vn").doesNotContain("Lan\"");
    }

    @Test
    void missingAndInvalidArgumentsComeBackTogetherAsTheSpecsErrorList() throws Exception {
        JsonNode errors = read(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", key.secret()).param("service_code", "CONSTRUCTION").param("lat", "20.8").param("long", "abc")
                .param("media_url", "javascript:alert(1)").param("attribute[PUBLISH]", "maybe"), 400);

        List<String> descriptions = StreamSupport.stream(errors.spliterator(), false)
                .map(e -> e.get("description").asString()).toList();
        assertThat(errors).allSatisfy(error -> assertThat(error.get("code").asInt()).isEqualTo(400));
        assertThat(descriptions).containsExactlyInAnyOrder("long không phải tọa độ hợp lệ: abc", "lat và long phải gửi cùng nhau",
                "Thiếu description (nội dung kiến nghị)", "attribute[PUBLISH] chỉ nhận true hoặc false",
                "media_url phải là địa chỉ http hoặc https hợp lệ");
    }

    @Test
    void aRequestWithoutLocationOrServiceIsRefusedAndAnUnknownServiceIsNotFound() throws Exception {
        JsonNode noLocation = read(form().param("service_code", "CONSTRUCTION").param("description", "Nội dung")
                .header("Accept-Language", "en"), 400);
        JsonNode noService = read(form().param("address_string", "Hải Phòng").param("description", "Nội dung"), 400);
        JsonNode unknown = read(form().param("service_code", "NO-SUCH").param("address_string", "Hải Phòng")
                .param("description", "Nội dung"), 404);

        assertThat(noLocation.get(0).get("description").asString())
                .isEqualTo("A location is required: lat and long, or address_string, or address_id");
        assertThat(noService.get(0).get("description").asString()).isEqualTo("Thiếu service_code");
        assertThat(unknown.get(0).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void postingWithoutAKeyOrWithAWrongOneIsForbidden() throws Exception {
        JsonNode missing = read(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("service_code", "CONSTRUCTION"), 403);
        JsonNode wrong = read(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", "pci_not-a-key").param("service_code", "CONSTRUCTION"), 403);

        assertThat(missing.get(0).get("code").asInt()).isEqualTo(403);
        assertThat(wrong.get(0).get("description").asString()).isEqualTo("Khóa API không hợp lệ hoặc đã bị thu hồi");
    }

    private MockHttpServletRequestBuilder form() {
        return post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key.secret());
    }

    private JsonNode read(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = api.mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return json.readTree(body);
    }
}
