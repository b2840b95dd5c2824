package vn.pcitracker.licensing.bottleneck.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckFilter;
import vn.pcitracker.licensing.bottleneck.BottleneckState;

/**
 * The register's filter as URL query parameters and back, so that a view can be bookmarked and shared. Stable
 * names: {@code q, state} (repeated){@code , agency, cause, basis, line, procedure}. A malformed or unknown value
 * is ignored on reading, never an error.
 */
final class BottleneckFilterParameters {

    static final int TEXT_MAX = 200;

    private BottleneckFilterParameters() {
    }

    static Map<String, List<String>> write(BottleneckFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.put("q", List.of(filter.text().strip()));
        }
        if (!filter.states().isEmpty()) {
            parameters.put("state", EnumSet.copyOf(filter.states()).stream().map(Enum::name).toList());
        }
        put(parameters, "agency", filter.agencyId());
        put(parameters, "cause", filter.cause() == null ? null : filter.cause().name());
        put(parameters, "basis", filter.legalBasisId());
        put(parameters, "line", filter.lineId());
        put(parameters, "procedure", filter.procedureId());
        return parameters;
    }

    static BottleneckFilter read(Map<String, List<String>> parameters) {
        String text = first(parameters, "q");
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX).strip();
        }
        Set<BottleneckState> states = EnumSet.noneOf(BottleneckState.class);
        parameters.getOrDefault("state", List.of()).stream().map(v -> constant(BottleneckState.class, v))
                .filter(Objects::nonNull).forEach(states::add);
        return new BottleneckFilter(text, states, id(first(parameters, "agency")),
                constant(BottleneckCause.class, first(parameters, "cause")), id(first(parameters, "basis")),
                id(first(parameters, "line")), id(first(parameters, "procedure")));
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long id(String value) {
        try {
            long id = value == null ? 0 : Long.parseLong(value);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
