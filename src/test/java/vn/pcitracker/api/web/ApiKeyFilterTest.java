package vn.pcitracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.pcitracker.api.ApiKeyHash;
import vn.pcitracker.api.ApiTestSupport;
import vn.pcitracker.api.IssuedApiKey;

/** Keys at the door: stored only as hashes, refused once revoked, limited per minute, every call audited. */
@SpringBootTest
class ApiKeyFilterTest {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private ApiTestSupport api;

    @BeforeEach
    void setUp() {
        api = new ApiTestSupport(context);
    }

    @Test
    void onlyTheHashAndTheFirstCharactersOfAKeyAreStored() {
        IssuedApiKey key = api.associationKey(60);

        Map<String, Object> row = jdbc.queryForMap("SELECT key_hash, key_prefix FROM api_key WHERE id = ?", key.summary().id());
        assertThat(key.secret()).startsWith("pci_").hasSizeGreaterThan(40);
        assertThat(row.get("key_hash")).isEqualTo(ApiKeyHash.of(key.secret())).isNotEqualTo(key.secret());
        assertThat(key.secret()).startsWith((String) row.get("key_prefix"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_key WHERE key_hash = ? OR key_prefix = ?", Long.class,
                key.secret(), key.secret())).isZero();
    }

    @Test
    void aRevokedKeyIsRefusedFromTheNextCallOn() throws Exception {
        IssuedApiKey key = api.channelKey(60);
        assertThat(call(key.secret()).getResponse().getStatus()).isEqualTo(200);

        api.revoke(key);

        MvcResult refused = call(key.secret());
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Khóa API không hợp lệ hoặc đã bị thu hồi");
    }

    @Test
    void aCallWithoutAKeyIsUnauthorized() throws Exception {
        MvcResult result = api.mvc.perform(get("/api/v1/recommendations").header("Accept-Language", "en")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentAsString()).contains("An API key is required");
    }

    @Test
    void callsBeyondTheKeysLimitPerMinuteGet429WithRetryAfter() throws Exception {
        IssuedApiKey key = api.channelKey(3);

        List<Integer> statuses = new java.util.ArrayList<>();
        MvcResult last = null;
        for (int i = 0; i < 4; i++) {
            last = call(key.secret());
            statuses.add(last.getResponse().getStatus());
        }

        // A minute may turn between calls and open a new window: then the fourth passes and the fifth is refused.
        if (statuses.get(3) != 429) {
            last = call(key.secret());
            statuses.add(last.getResponse().getStatus());
        }
        assertThat(statuses).containsSequence(200, 200).endsWith(429);
        assertThat(Integer.parseInt(last.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void anOpen311CallOverTheLimitGetsTheSpecsErrorList() throws Exception {
        IssuedApiKey key = api.associationKey(1);
        api.mvc.perform(get("/open311/v2/services.json").param("api_key", key.secret())).andReturn();
        MvcResult second = api.mvc.perform(get("/open311/v2/services.json").param("api_key", key.secret())).andReturn();
        if (second.getResponse().getStatus() != 429) {
            second = api.mvc.perform(get("/open311/v2/services.json").param("api_key", key.secret())).andReturn();
        }

        assertThat(second.getResponse().getStatus()).isEqualTo(429);
        assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("[{").contains("\"code\":429");
    }

    @Test
    void everyCallWithAKeyIsAuditedWithItsStatusAndAddress() throws Exception {
        IssuedApiKey key = api.channelKey(60);
        call(key.secret());
        api.mvc.perform(get("/api/v1/recommendations/{id}", Long.MAX_VALUE).header("X-API-Key", key.secret())).andReturn();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT method, path, status, ip FROM api_call WHERE api_key_id = ? ORDER BY id", key.summary().id());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("method", "GET").containsEntry("path", "/api/v1/recommendations")
                .containsEntry("status", 200).containsEntry("ip", "127.0.0.1");
        assertThat(rows.get(1)).containsEntry("path", "/api/v1/recommendations/" + Long.MAX_VALUE).containsEntry("status", 404);
    }

    private MvcResult call(String secret) throws Exception {
        return api.mvc.perform(get("/api/v1/recommendations").param("size", "1").header("X-API-Key", secret)).andReturn();
    }
}
