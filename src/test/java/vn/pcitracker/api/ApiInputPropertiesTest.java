package vn.pcitracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.pcitracker.HostileText;
import vn.pcitracker.shared.Violations;

/**
 * The partner API and Open311 take any request body and parameters a caller sends (malformed JSON, wrong types, huge
 * numbers, nulls, deep nesting, script, unicode, NUL): the answer is a success or a 4xx problem, never a server error
 * or a stack trace; a refused request stores nothing; what is stored reads back as sent (issue 9, bad input).
 */
@SpringBootTest
class ApiInputPropertiesTest {

    private static final List<String> MALFORMED = List.of("", "{", "}", "[]", "null", "42", "\"text\"",
            "{\"title\":", "{\"title\": 5}", "{\"title\": [1]}", "{\"title\": {\"a\": 1}}", "{\"fieldId\": 1e400}",
            "{\"fieldId\": 99999999999999999999999999}", "{\"fieldId\": \"abc\"}", "{\"fieldId\": -1}",
            "{\"fieldId\": null, \"title\": null, \"content\": null}", "{\"ddciComponentIds\": \"x\"}",
            "{\"ddciComponentIds\": [null, -5, 1e99]}", "{\"isPublic\": \"yes\"}", "{\"title\": \"\\u0000\"}",
            "{\"title\": \"\\ud800\"}", "\uFEFF{}", "{\"title\": \"a\", \"title\": \"b\"}", "{'title': 'single'}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
            "{\"title\": \"" + "x".repeat(100_000) + "\"}");

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private ApiTestSupport api;
    private IssuedApiKey key;

    @BeforeEach
    void issueAKey() {
        api = new ApiTestSupport(context);
        key = api.associationKey(1_000);
    }

    @Test
    void anyRecommendationBodyIsCreatedOrRefusedAsAProblemAndARefusalStoresNothing() {
        qt().withExamples(50).withShrinkCycles(10).forAll(body()).checkAssert(body -> {
            long before = issueCount();
            MockHttpServletResponse response = perform(post("/api/v1/recommendations")
                    .contentType(MediaType.APPLICATION_JSON).content(body));
            int status = response.getStatus();
            String answer = text(response);
            assertThat(status).as("%s for %s", answer, abbreviated(body)).isIn(201, 400, 413, 415, 422, 429);
            assertNoStackTrace(answer);
            if (status == 201) {
                assertThat(issueCount()).isEqualTo(before + 1);
                // what travelled: the body as UTF-8 bytes (a lone surrogate half cannot, and goes as "?")
                JsonNode sent = json.readTree(new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
                JsonNode stored = json.readTree(answer);
                assertThat(stored.get("title").asString()).isEqualTo(Violations.clean(sent.get("title").asString()));
                assertThat(stored.get("content").asString()).isEqualTo(Violations.clean(sent.get("content").asString()));
            } else {
                assertThat(issueCount()).as("nothing stored for %s", abbreviated(body)).isEqualTo(before);
            }
        });
    }

    @Test
    void anyListParametersAreAnsweredOrRefusedAsAProblemNeverAsAServerError() {
        Gen<String> value = Generate.oneOf(HostileText.text(), Generate.pick(List.of("-1", "0", "1", "500",
                "99999999999999999999", "1e3", "2026-13-45", "2026-01-01T00:00:00Z", "RECEIVED", "received,ANSWERED",
                "NEWEST", "title,desc")));
        Gen<String> name = Generate.pick(List.of("page", "size", "state", "updatedSince", "sort", "q", "fieldId",
                "agencyId", "from", "to"));
        qt().withExamples(50).withShrinkCycles(10).forAll(name, value, name, value).checkAssert((first, one, second, two) -> {
            MockHttpServletResponse response = perform(get("/api/v1/recommendations").param(first, one)
                    .param(second, two));
            assertThat(response.getStatus()).as(text(response)).isIn(200, 400, 429);
            assertNoStackTrace(text(response));
        });
    }

    @Test
    void anyOpen311RequestIsAnsweredOrRefusedAsTheSpecsErrorListNeverAsAServerError() {
        Gen<String> value = Generate.oneOf(HostileText.text(), Generate.pick(List.of("CONSTRUCTION", "20.8", "106.7",
                "abc", "1e400", "-91", "NaN", "true", "maybe", "javascript:alert(1)", "https://example.vn/a.png")));
        Gen<String> name = Generate.pick(List.of("service_code", "lat", "long", "address_string", "description",
                "first_name", "email", "media_url", "attribute[TITLE]", "attribute[PUBLISH]",
                "attribute[DDCI_COMPONENT]", "attribute[", "jurisdiction_id"));
        qt().withExamples(50).withShrinkCycles(10).forAll(name, value, name, value).checkAssert((first, one, second, two) -> {
            long before = issueCount();
            MockHttpServletResponse response = perform(post("/open311/v2/requests.json")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key.secret())
                    .param("service_code", "CONSTRUCTION").param("description", "Mô tả thử")
                    .param(first, one).param(second, two));
            assertThat(response.getStatus()).as(text(response)).isIn(200, 400, 429);
            assertNoStackTrace(text(response));
            if (response.getStatus() != 200) {
                assertThat(issueCount()).isEqualTo(before);
            }
        });
    }

    private Gen<String> body() {
        Gen<Object> fieldId = Generate.pick(List.of(api.constructionField, api.constructionField, -1L, 0L,
                Long.MAX_VALUE, "CONSTRUCTION", true));
        Gen<String> wellFormed = HostileText.textUpToLong().zip(HostileText.text(), fieldId, (title, content, field) -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("title", title);
            request.put("content", content);
            request.put("fieldId", field);
            request.put("ddciComponentIds", List.of(api.ddciComponent));
            request.put("isPublic", false);
            return json.writeValueAsString(request);
        });
        return Generate.oneOf(wellFormed, wellFormed, Generate.pick(MALFORMED));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            return api.mvc.perform(request.header("X-API-Key", key.secret())).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError("the request escaped as " + e, e);
        }
    }

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoStackTrace(String answer) {
        assertThat(answer).doesNotContain("Exception", "\tat ", "vn.pcitracker.", "org.springframework", "tools.jackson");
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private long issueCount() {
        return jdbc.queryForObject("SELECT count(*) FROM issue", Long.class);
    }
}
