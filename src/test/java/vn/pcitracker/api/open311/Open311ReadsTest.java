package vn.pcitracker.api.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.pcitracker.api.ApiTestSupport;
import vn.pcitracker.issue.IssueDetails;

/** GeoReport v2 reads, without a key, field by field against the specification and its JSON Schemas. */
@SpringBootTest
class Open311ReadsTest {

    @Autowired WebApplicationContext context;
    @Autowired ObjectMapper json;

    private ApiTestSupport api;

    @BeforeEach
    void setUp() {
        api = new ApiTestSupport(context);
    }

    @Test
    void theServiceListOffersEachActiveFieldAsAServiceWithMetadata() throws Exception {
        JsonNode services = read(get("/open311/v2/services.json"), 200);

        assertThat(GeoReportSchemas.problems("services.json", services)).isEmpty();
        JsonNode construction = find(services, "service_code", "CONSTRUCTION");
        assertThat(construction.get("service_name").asString()).isEqualTo("Xây dựng");
        assertThat(construction.get("description").asString()).contains("Xây dựng");
        assertThat(construction.get("metadata").asBoolean()).isTrue();
        assertThat(construction.get("type").asString()).isEqualTo("batch");
        assertThat(construction.get("keywords").asString()).isEqualTo("Xây dựng, Construction, construction");
        assertThat(construction.get("group").asString()).isEqualTo("Kiến nghị doanh nghiệp");
    }

    @Test
    void namesFollowAcceptLanguage() throws Exception {
        JsonNode services = read(get("/open311/v2/services.json").header("Accept-Language", "en-US,en;q=0.9"), 200);

        assertThat(find(services, "service_code", "CONSTRUCTION").get("service_name").asString()).isEqualTo("Construction");
    }

    @Test
    void theServiceDefinitionOffersTheDdciComponentsAsASingleValueList() throws Exception {
        JsonNode definition = read(get("/open311/v2/services/CONSTRUCTION.json"), 200);

        assertThat(GeoReportSchemas.problems("service-definition.json", definition)).isEmpty();
        assertThat(definition.get("service_code").asString()).isEqualTo("CONSTRUCTION");
        JsonNode ddci = find(definition.get("attributes"), "code", "DDCI_COMPONENT");
        assertThat(ddci.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(ddci.get("variable").asBoolean()).isTrue();
        assertThat(ddci.get("required").asBoolean()).isFalse();
        assertThat(ddci.get("order").asInt()).isEqualTo(2);
        assertThat(StreamSupport.stream(ddci.get("values").spliterator(), false).map(v -> v.get("key").asString()))
                .contains(Long.toString(api.ddciComponent));
        assertThat(find(definition.get("attributes"), "code", "PUBLISH").get("values")).hasSize(2);
    }

    @Test
    void anUnknownServiceCodeIsNotFoundInTheSpecsErrorFormat() throws Exception {
        JsonNode errors = read(get("/open311/v2/services/NO-SUCH.json"), 404);

        assertThat(errors.get(0).get("code").asInt()).isEqualTo(404);
        assertThat(errors.get(0).get("description").asString()).contains("NO-SUCH");
    }

    @Test
    void aPublicRecommendationIsAServiceRequestFieldByField() throws Exception {
        IssueDetails issue = api.recommendation(ApiTestSupport.unique("Cấp phép xây dựng chậm"), "Hồ sơ quá hạn 20 ngày",
                true, null);

        JsonNode list = read(get("/open311/v2/requests/{id}.json", issue.code()), 200);

        assertThat(GeoReportSchemas.problems("requests.json", list)).isEmpty();
        assertThat(list).hasSize(1);
        JsonNode request = list.get(0);
        assertThat(request.get("service_request_id").asString()).isEqualTo(issue.code());
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("status_notes").asString()).isEqualTo("Đã tiếp nhận");
        assertThat(request.get("service_code").asString()).isEqualTo("CONSTRUCTION");
        assertThat(request.get("service_name").asString()).isEqualTo("Xây dựng");
        assertThat(request.get("description").asString()).isEqualTo(issue.title() + "\n\nHồ sơ quá hạn 20 ngày");
        assertThat(request.get("agency_responsible").isNull()).isTrue();
        assertThat(request.get("expected_datetime").isNull()).isTrue();
        String requested = request.get("requested_datetime").asString();
        assertThat(requested).endsWith("+07:00");
        assertThat(OffsetDateTime.parse(requested).toLocalDate()).isEqualTo(issue.receivedOn());
        assertThat(OffsetDateTime.parse(request.get("updated_datetime").asString()))
                .isAfterOrEqualTo(OffsetDateTime.parse(requested));
        assertThat(request.has("lat") && request.has("long") && request.has("address")).isTrue();
    }

    @Test
    void aPrivateRecommendationIsNeitherListedNorFound() throws Exception {
        String name = "Ông Nguyễn Văn Bí Mật";
        IssueDetails secret = api.recommendation(ApiTestSupport.unique("Kiến nghị riêng"),
                name + ", điện thoại 0912 345 678, phản ánh nội bộ", false, null);

        MvcResult byId = api.mvc.perform(get("/open311/v2/requests/{id}.json", secret.code())).andReturn();
        String list = api.mvc.perform(get("/open311/v2/requests.json")).andReturn().getResponse().getContentAsString();
        String listById = api.mvc.perform(get("/open311/v2/requests.json").param("service_request_id", secret.code()))
                .andReturn().getResponse().getContentAsString();

        assertThat(byId.getResponse().getStatus()).isEqualTo(404);
        assertThat(byId.getResponse().getContentAsString()).doesNotContain(name);
        assertThat(list).doesNotContain(name).doesNotContain(secret.code());
        assertThat(listById).isEqualTo("[]");
    }

    @Test
    void withoutDatesOnlyTheLast90DaysAreListed() throws Exception {
        IssueDetails recent = api.recommendation(ApiTestSupport.unique("Gần đây"), "Nội dung", true, null);
        IssueDetails old = api.recommendation(ApiTestSupport.unique("Đã lâu"), "Nội dung", true,
                LocalDate.now().minusDays(120));

        List<String> ids = ids(read(get("/open311/v2/requests.json"), 200));

        assertThat(ids).contains(recent.code()).doesNotContain(old.code());
    }

    @Test
    void datesStatusAndServiceCodeFilterTheList() throws Exception {
        LocalDate day = LocalDate.now().minusDays(200);
        IssueDetails then = api.recommendation(ApiTestSupport.unique("Khi đó"), "Nội dung", true, day);
        String start = day.atStartOfDay().atOffset(ZoneOffset.ofHours(7)).toString();
        String end = day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(7)).toString();

        JsonNode window = read(get("/open311/v2/requests.json").param("start_date", start).param("end_date", end), 200);
        JsonNode open = read(get("/open311/v2/requests.json").param("start_date", start).param("end_date", end)
                .param("status", "open").param("service_code", "LAND,CONSTRUCTION"), 200);
        JsonNode closed = read(get("/open311/v2/requests.json").param("start_date", start).param("end_date", end)
                .param("status", "closed"), 200);
        JsonNode otherService = read(get("/open311/v2/requests.json").param("start_date", start).param("end_date", end)
                .param("service_code", "LAND"), 200);

        assertThat(GeoReportSchemas.problems("requests.json", window)).isEmpty();
        assertThat(ids(window)).contains(then.code());
        assertThat(ids(open)).contains(then.code());
        assertThat(ids(closed)).doesNotContain(then.code());
        assertThat(ids(otherService)).doesNotContain(then.code());
    }

    @Test
    void aRangeOfMoreThan90DaysAndBadArgumentsAreRefusedTogether() throws Exception {
        JsonNode tooWide = read(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00Z")
                .param("end_date", "2026-06-01T00:00:00Z"), 400);
        JsonNode bad = read(get("/open311/v2/requests.json").param("start_date", "yesterday").param("status", "pending"), 400);

        assertThat(tooWide.get(0).get("code").asInt()).isEqualTo(400);
        assertThat(tooWide.get(0).get("description").asString()).contains("90");
        assertThat(bad).hasSize(2);
    }

    @Test
    void theSchemasThemselvesRejectAServiceWithoutItsRequiredFields() throws Exception {
        assertThat(GeoReportSchemas.problems("services.json", json.readTree("[{\"service_code\": 1}]"))).isNotEmpty();
    }

    @Test
    void anUnknownTokenIsNotFound() throws Exception {
        JsonNode errors = read(get("/open311/v2/tokens/{token}.json", "no-such-token"), 404);

        assertThat(errors.get(0).get("code").asInt()).isEqualTo(404);
    }

    private JsonNode read(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = api.mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> value.equals(node.get(field).asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    private static List<String> ids(JsonNode requests) {
        return StreamSupport.stream(requests.spliterator(), false).map(r -> r.get("service_request_id").asString()).toList();
    }
}
