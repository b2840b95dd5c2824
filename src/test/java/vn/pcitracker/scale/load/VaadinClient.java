package vn.pcitracker.scale.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow's own protocol, as Vaadin's Gatling examples do: the login form's
 * POST, the bootstrap ({@code ?v-r=init}) that creates a UI, then UIDL requests ({@code ?v-r=uidl}) carrying the
 * CSRF token, the last {@code syncId} the server sent and an incremented {@code clientId}, with the RPC invocations
 * the browser would send: router navigation, property syncs, DOM events, grid range requests.
 *
 * <p>Not thread-safe: one virtual thread drives one client, as one user drives one tab. Any server error,
 * {@code appError}, expired session, resynchronisation or error notification throws {@link VaadinProtocolException}.
 */
public final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ROW_SCRIPT = Pattern.compile("\\$connector\\.set\\(");
    private static final Pattern CONFIRM_SCRIPT = Pattern.compile("\\$connector\\.confirm\\(");

    private final URI base;
    private final HttpClient http;
    private final UiTree tree = new UiTree();
    /** Grid node and update id of each {@code $connector.confirm(id)} not yet answered. */
    private final List<int[]> confirmations = new ArrayList<>();
    private final List<JsonNode> lastRows = new ArrayList<>();
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private long bytesReceived;

    public VaadinClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    /** The login view's form POST, with the CSRF token Spring Security put into the page and its cookie. */
    public void logIn(String username, String password) {
        String page = get("login");
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        String csrf = token.find() ? token.group(1) : "";
        String form = Map.of("username", username, "password", password, "_csrf", csrf).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new VaadinProtocolException("login of " + username + " refused: " + response.statusCode() + " " + location);
        }
    }

    /**
     * A full page load of {@code route}: the bootstrap page, then the init request that creates the UI, then the
     * router's first navigation event, which renders the view.
     */
    public JsonNode open(String route) {
        get(route);
        String init = get("?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        JsonNode config = JSON.readTree(init).path("appConfig");
        if (!config.has("uidl")) {
            throw new VaadinProtocolException("no UI for " + route + ": " + abbreviate(init));
        }
        uiId = config.path("v-uiId").asInt();
        confirmations.clear();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        clientId = 0;
        handle(uidl);
        return navigate(route);
    }

    /** A menu click once a page is loaded (as a user moves within the app), a full page load before that. */
    public JsonNode go(String route) {
        return uiId < 0 ? open(route) : navigate(route);
    }

    /** What the client-side router sends on a link click or {@code history.pushState}: the UI's ui-navigate event. */
    public JsonNode navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 1);
        lastRows.clear();
        return request(event(1, "ui-navigate", data));
    }

    /** A property the browser synchronises (a field's value) followed by the DOM event that carries it. */
    public JsonNode setValue(int node, String property, Object value, String eventName) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        sync.set("value", JSON.valueToTree(value));
        lastRows.clear();
        return request(sync, event(node, eventName, JSON.createObjectNode()));
    }

    /** A click on an element (a button), with the mouse details a browser sends. */
    public JsonNode click(int node) {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 10).put("event.clientY", 10)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 10).put("event.screenX", 10);
        return request(event(node, "click", data));
    }

    /** A click on a grid row: the grid's own item-click event with the row's key and a column's internal id. */
    public JsonNode clickRow(int grid, String itemKey, String columnId) {
        ObjectNode data = JSON.createObjectNode().put("event.detail.itemKey", itemKey)
                .put("event.detail.internalColumnId", columnId).put("event.detail.shiftKey", false)
                .put("event.detail.metaKey", false).put("event.detail.detail", 1).put("event.detail.ctrlKey", false)
                .put("event.detail.clientX", 10).put("event.detail.clientY", 10).put("event.detail.altKey", false)
                .put("event.detail.button", 0).put("event.detail.screenY", 10).put("event.detail.screenX", 10);
        lastRows.clear();
        return request(event(grid, "item-click", data));
    }

    /**
     * The rows the grid connector asks for when it shows (or scrolls to) a range, then the confirmation of the
     * update the server sends back, as the connector does. Returns the rows received since the last navigation or
     * value change (the server sends a grid's first page with the view, before it is asked).
     */
    public List<JsonNode> requestRows(int grid, int start, int length) {
        request(published(grid, "setViewportRange", start, length));
        confirmPending();
        return List.copyOf(lastRows);
    }

    /** Sends the {@code confirmUpdate} calls the grid connector owes the server, if any. */
    public void confirmPending() {
        while (!confirmations.isEmpty()) {
            ObjectNode[] calls = confirmations.stream().map(c -> published(c[0], "confirmUpdate", c[1]))
                    .toArray(ObjectNode[]::new);
            confirmations.clear();
            request(calls);
        }
    }

    public ObjectNode published(int node, String method, Object... args) {
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        ArrayNode values = call.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            values.addPOJO(arg);
        }
        return call.put("promise", 0);
    }

    public static ObjectNode event(int node, String name, JsonNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    /** One UIDL round trip with the given RPC invocations; returns the server's response. */
    public JsonNode request(ObjectNode... rpc) {
        if (uiId < 0) {
            throw new IllegalStateException("no UI open");
        }
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        for (ObjectNode call : rpc) {
            calls.add(call);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        if (response.statusCode() != 200) {
            throw new VaadinProtocolException("UIDL answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(text);
        JsonNode uidl = json.isArray() ? json.get(0) : json;
        handle(uidl);
        return uidl;
    }

    private void handle(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false)) {
            throw new VaadinProtocolException("server says " + meta);
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            throw new VaadinProtocolException("server asked to resynchronize");
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.path("Vaadin-Security-Key").asString();
        }
        tree.apply(uidl.get("changes"));
        for (JsonNode invocation : uidl.path("execute")) {
            execute(invocation);
        }
        tree.findAll(UiTree.tag("vaadin-notification")).stream()
                .filter(n -> n.attribute("theme").orElse("").contains("error")).findFirst()
                .ifPresent(n -> {
                    throw new VaadinProtocolException("error notification shown (node " + n.id() + ")");
                });
    }

    /** JavaScript the server asks the browser to run: only the grid connector's calls matter here. */
    private void execute(JsonNode invocation) {
        int size = invocation.size();
        if (size == 0) {
            return;
        }
        String script = invocation.get(size - 1).asString();
        int target = invocation.path(0).path("@v-node").asInt(-1);
        if (ROW_SCRIPT.matcher(script).find() && size >= 4) {
            for (JsonNode row : invocation.get(2)) {
                lastRows.add(row);
            }
        } else if (CONFIRM_SCRIPT.matcher(script).find() && size >= 3) {
            int id = invocation.get(1).asInt();
            confirmations.add(new int[] {target, id});
        }
    }

    private String get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        if (response.statusCode() >= 300) {
            throw new VaadinProtocolException("GET " + path + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(request, (n, v) -> true)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            bytesReceived += response.body().length();
            return response;
        } catch (IOException e) {
            throw new VaadinProtocolException("request failed: " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaadinProtocolException("interrupted", e);
        }
    }

    public UiTree tree() {
        return tree;
    }

    /** Rows the grid connector received since the last range request. */
    public List<JsonNode> rows() {
        return List.copyOf(lastRows);
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    public void close() {
        http.close();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
