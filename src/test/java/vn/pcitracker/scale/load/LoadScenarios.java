package vn.pcitracker.scale.load;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import vn.pcitracker.scale.load.UiTree.UiNode;

/**
 * What each role does in the load test, through the real views: agency officers work their agency's inbox and
 * start recommendations, investment officers filter the inbox, leaders read the dashboard, associations follow
 * their submissions. Every step is one timed action (possibly several requests), followed by think time.
 */
public final class LoadScenarios {

    /** The load-test accounts of the generator, in the shares of the shared conventions (60/15/15/10 %). */
    public enum Role {
        AGENCY("load-agency-%03d"), INVESTMENT("load-investment-%03d"), LEADER("load-leader-%03d"),
        ASSOCIATION("load-association-%03d");

        private final String accountPattern;

        Role(String accountPattern) {
            this.accountPattern = accountPattern;
        }

        public String account(int number) {
            return String.format(accountPattern, number);
        }

        /** The role of the n-th simulated user: 12 of every 20 agency, 3 investment, 3 leader, 2 association. */
        public static Role ofUser(int user) {
            int slot = user % 20;
            return slot < 12 ? AGENCY : slot < 15 ? INVESTMENT : slot < 18 ? LEADER : ASSOCIATION;
        }
    }

    /** Pauses between actions; a real user reads the page before acting again. */
    public interface Think {
        void pause() throws InterruptedException;
    }

    private static final List<String> SEARCH_WORDS = List.of("thuế", "đất", "giấy phép", "hải quan", "xây dựng",
            "bảo hiểm", "điện", "vốn", "thủ tục", "môi trường");
    private static final int PAGE = 50;

    private final VaadinClient client;
    private final LoadRecorder recorder;
    private final Random random;
    private final Think think;

    public LoadScenarios(VaadinClient client, LoadRecorder recorder, Random random, Think think) {
        this.client = client;
        this.recorder = recorder;
        this.random = random;
        this.think = think;
    }

    /** Logs in, then repeats the role's journey while {@code running}. */
    public void run(Role role, String username, BooleanSupplier running) throws InterruptedException {
        recorder.time("login", () -> client.logIn(username, "demo"));
        think.pause();
        while (running.getAsBoolean()) {
            switch (role) {
                case AGENCY -> agency(running);
                case INVESTMENT -> investment(running);
                case LEADER -> leader(running);
                case ASSOCIATION -> association(running);
            }
        }
    }

    private void agency(BooleanSupplier running) throws InterruptedException {
        List<JsonNode> rows = recorder.time("agency.myInbox", () -> {
            client.go("issues/my-agency");
            return client.requestRows(grid(), 0, PAGE);
        });
        think.pause();
        if (!running.getAsBoolean() || rows.isEmpty()) {
            return;
        }
        recorder.time("agency.openRecommendation", () -> openRow(rows));
        think.pause();
        Optional<UiNode> start = button("START");
        if (start.isPresent() && running.getAsBoolean()) {
            recorder.time("agency.start", () -> {
                client.click(start.get().id());
                UiNode confirm = client.tree().find(node -> node.hasClass("issue-action-confirm"))
                        .orElseThrow(() -> new VaadinProtocolException("no confirm button in the start dialog"));
                client.click(confirm.id());
            });
            think.pause();
        }
        if (running.getAsBoolean()) {
            searchInbox("agency");
            think.pause();
        }
    }

    private void investment(BooleanSupplier running) throws InterruptedException {
        List<JsonNode> rows = recorder.time("investment.inbox", () -> {
            client.go("issues");
            return client.requestRows(grid(), 0, PAGE);
        });
        think.pause();
        if (!running.getAsBoolean()) {
            return;
        }
        List<JsonNode> overdue = recorder.time("investment.filterOverdue", () -> {
            UiNode box = client.tree().find(UiTree.tag("vaadin-checkbox"))
                    .orElseThrow(() -> new VaadinProtocolException("no overdue checkbox"));
            client.setValue(box.id(), "checked", true, "checked-changed");
            return client.requestRows(grid(), 0, PAGE);
        });
        think.pause();
        List<JsonNode> shown = overdue.isEmpty() ? rows : overdue;
        if (running.getAsBoolean() && !shown.isEmpty()) {
            recorder.time("investment.openRecommendation", () -> openRow(shown));
            think.pause();
        }
        if (running.getAsBoolean()) {
            searchInbox("investment");
            think.pause();
        }
    }

    private void leader(BooleanSupplier running) throws InterruptedException {
        recorder.time("leader.dashboard", () -> client.go("dashboard"));
        think.pause();
        if (!running.getAsBoolean()) {
            return;
        }
        recorder.time("leader.changePeriod", () -> {
            UiNode select = client.tree().find(UiTree.tag("vaadin-select"))
                    .orElseThrow(() -> new VaadinProtocolException("no period select on the dashboard"));
            client.setValue(select.id(), "value", String.valueOf(1 + random.nextInt(4)), "value-changed");
        });
        think.pause();
    }

    private void association(BooleanSupplier running) throws InterruptedException {
        List<JsonNode> rows = recorder.time("association.mySubmissions", () -> {
            client.go("my-submissions");
            return client.tree().find(UiTree.tag("vaadin-grid")).map(grid -> client.requestRows(grid.id(), 0, PAGE))
                    .orElse(List.of());
        });
        think.pause();
        if (running.getAsBoolean() && !rows.isEmpty()) {
            recorder.time("association.openRecommendation", () -> openRow(rows));
            think.pause();
        }
    }

    /** The full inbox, then a word typed into its search field: the list filtered by trigram search. */
    private void searchInbox(String role) {
        recorder.time(role + ".inbox", () -> {
            client.go("issues");
            return client.requestRows(grid(), 0, PAGE);
        });
        recorder.time(role + ".search", () -> {
            UiNode field = client.tree().find(UiTree.tag("vaadin-text-field"))
                    .orElseThrow(() -> new VaadinProtocolException("no search field in the inbox"));
            client.setValue(field.id(), "value", SEARCH_WORDS.get(random.nextInt(SEARCH_WORDS.size())), "value-changed");
            return client.requestRows(grid(), 0, PAGE);
        });
    }

    private void openRow(List<JsonNode> rows) {
        JsonNode row = rows.get(random.nextInt(rows.size()));
        String column = client.tree().findAll(UiTree.tag("vaadin-grid-column")).stream()
                .map(node -> node.property("_flowId").orElse(null)).filter(id -> id != null).findFirst().orElse("col0");
        client.clickRow(grid(), row.path("key").asString(), column);
    }

    private Optional<UiNode> button(String action) {
        return client.tree().find(node -> "vaadin-button".equals(node.tag())
                && action.equals(node.attribute("data-action").orElse("")));
    }

    private int grid() {
        return client.tree().find(UiTree.tag("vaadin-grid"))
                .orElseThrow(() -> new VaadinProtocolException("no grid on the page")).id();
    }
}
