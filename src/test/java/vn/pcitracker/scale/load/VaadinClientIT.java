package vn.pcitracker.scale.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.pcitracker.scale.load.UiTree.UiNode;

/**
 * The load test's protocol client against the real application, so that it does not rot when Vaadin or the views
 * change: it logs in through the login form, reads the inbox's rows, filters them, opens one and reads the dashboard.
 * An {@code IT} (failsafe, with the browser tests): a web-server context in the surefire JVM would replace the security
 * context strategy the service and view tests sign in through (Vaadin installs its own when a web server starts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VaadinClientIT {

    @LocalServerPort
    int port;
    private VaadinClient client;

    @BeforeEach
    void newClient() {
        client = new VaadinClient("http://localhost:" + port);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void investmentOfficerReadsFiltersAndOpensTheInboxThroughVaadinsProtocol() {
        client.logIn("investment", "demo");
        client.open("issues");
        int grid = client.tree().find(UiTree.tag("vaadin-grid")).orElseThrow().id();

        List<JsonNode> rows = client.requestRows(grid, 0, 50);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.path("col0").asString()).startsWith("KN-"));

        UiNode search = client.tree().find(UiTree.tag("vaadin-text-field")).orElseThrow();
        client.setValue(search.id(), "value", rows.getFirst().path("col0").asString(), "value-changed");
        List<JsonNode> found = client.requestRows(grid, 0, 50);
        assertThat(found).extracting(row -> row.path("col0").asString()).containsExactly(rows.getFirst().path("col0").asString());

        client.clickRow(grid, found.getFirst().path("key").asString(), "col0");
        assertThat(client.tree().findAll(node -> node.attribute("data-action").isPresent())).isNotEmpty();
    }

    @Test
    void leaderReadsTheDashboardAndChangesItsPeriod() {
        client.logIn("leader", "demo");
        client.open("dashboard");
        UiNode period = client.tree().find(UiTree.tag("vaadin-select")).orElseThrow();

        JsonNode answer = client.setValue(period.id(), "value", "3", "value-changed");

        assertThat(answer.path("changes").size()).isPositive();
    }

    @Test
    void aWrongPasswordIsRefusedByTheLoginForm() {
        assertThatThrownBy(() -> client.logIn("investment", "wrong")).isInstanceOf(VaadinProtocolException.class);
    }
}
