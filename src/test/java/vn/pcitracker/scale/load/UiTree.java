package vn.pcitracker.scale.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of the server's state tree, as far as a load test needs it: each node's tag, properties,
 * attributes and class names, built from the UIDL {@code changes} the way Flow's client builds the DOM, so that a
 * scenario finds "the grid" or "the button with data-action=START" instead of hard-coding node ids.
 */
public final class UiTree {

    /** Feature numbers of {@code com.vaadin.flow.internal.nodefeature.NodeFeatures}. */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final int CLASS_LIST = 11;

    private final Map<Integer, UiNode> nodes = new HashMap<>();

    /** One element; only what is looked up. */
    public static final class UiNode {
        private final int id;
        private String tag;
        private final Map<String, JsonNode> properties = new HashMap<>();
        private final Map<String, String> attributes = new HashMap<>();
        private final List<String> classes = new ArrayList<>();
        private boolean attached;

        UiNode(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public Optional<String> property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
        }

        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }

        public boolean attached() {
            return attached;
        }
    }

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            UiNode node = nodes.computeIfAbsent(change.path("node").asInt(), UiNode::new);
            String type = change.path("type").asString();
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "attach" -> node.attached = true;
                case "detach" -> {
                    node.attached = false;
                    nodes.remove(node.id);
                }
                case "put" -> put(node, feature, change);
                case "remove" -> {
                    String key = change.path("key").asString();
                    node.properties.remove(key);
                    node.attributes.remove(key);
                }
                case "splice" -> {
                    if (feature == CLASS_LIST) {
                        splice(node.classes, change);
                    }
                }
                case "clear" -> {
                    if (feature == CLASS_LIST) {
                        node.classes.clear();
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void put(UiNode node, int feature, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.get("value");
        if (feature == ELEMENT_DATA && "tag".equals(key)) {
            node.tag = value.asString();
        } else if (feature == PROPERTIES) {
            node.properties.put(key, value == null ? change.path("nodeValue") : value);
        } else if (feature == ATTRIBUTES && value != null) {
            node.attributes.put(key, value.isValueNode() ? value.asString() : value.toString());
        }
    }

    private static void splice(List<String> list, JsonNode change) {
        int index = Math.min(change.path("index").asInt(), list.size());
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode add = change.get("add");
        if (add != null) {
            int at = index;
            for (JsonNode value : add) {
                list.add(at++, value.asString());
            }
        }
    }

    public Optional<UiNode> find(Predicate<UiNode> wanted) {
        return nodes.values().stream().filter(UiNode::attached).filter(wanted).min((a, b) -> Integer.compare(a.id, b.id));
    }

    public List<UiNode> findAll(Predicate<UiNode> wanted) {
        return nodes.values().stream().filter(UiNode::attached).filter(wanted)
                .sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    public Optional<UiNode> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public int size() {
        return nodes.size();
    }

    public static Predicate<UiNode> tag(String tag) {
        return node -> tag.equals(node.tag);
    }
}
