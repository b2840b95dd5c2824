package vn.pcitracker.issue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inbox filter as URL query parameters and back, so that an inbox can be bookmarked and shared. The names
 * are short and must stay stable (bookmarks keep them): {@code q, state} (repeated){@code , agency, field, ddci,
 * pci, overdue, from, to} (ISO dates){@code , channel, dialogue, answeredFrom, answeredTo} (ISO dates)
 * {@code , lead} ({@code true}: the agency as lead only){@code , accountableFrom, accountableTo} (ISO dates, both or
 * neither: Decision 766's population of the period). Only values that are set are written; a
 * malformed or unknown value is ignored on reading, never an error (a hand-edited URL must still open).
 */
final class IssueFilterParameters {

    static final String TEXT = "q";
    static final String STATE = "state";
    static final String AGENCY = "agency";
    static final String FIELD = "field";
    static final String DDCI = "ddci";
    static final String PCI = "pci";
    static final String OVERDUE = "overdue";
    static final String FROM = "from";
    static final String TO = "to";
    static final String CHANNEL = "channel";
    static final String DIALOGUE = "dialogue";
    static final String ANSWERED_FROM = "answeredFrom";
    static final String ANSWERED_TO = "answeredTo";
    static final String LEAD_ONLY = "lead";
    static final String ACCOUNTABLE_FROM = "accountableFrom";
    static final String ACCOUNTABLE_TO = "accountableTo";

    /** Longer texts are cut, so that a URL stays a URL. */
    static final int TEXT_MAX = 200;
    /** The length of {@code pci_sub_index.code}. */
    static final int PCI_CODE_MAX = 30;

    private IssueFilterParameters() {
    }

    static Map<String, List<String>> write(IssueFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (filter == null) {
            return parameters;
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.put(TEXT, List.of(filter.text().strip()));
        }
        if (filter.states() != null && !filter.states().isEmpty()) {
            parameters.put(STATE, EnumSet.copyOf(filter.states()).stream().map(Enum::name).toList());
        }
        put(parameters, AGENCY, filter.agencyId());
        put(parameters, FIELD, filter.fieldId());
        put(parameters, DDCI, filter.ddciComponentId());
        if (filter.pciSubIndexCode() != null && !filter.pciSubIndexCode().isBlank()) {
            parameters.put(PCI, List.of(filter.pciSubIndexCode().strip()));
        }
        put(parameters, OVERDUE, filter.overdue());
        put(parameters, FROM, filter.from());
        put(parameters, TO, filter.to());
        put(parameters, CHANNEL, filter.channel() == null ? null : filter.channel().name());
        put(parameters, DIALOGUE, filter.dialogueId());
        put(parameters, ANSWERED_FROM, filter.answeredFrom());
        put(parameters, ANSWERED_TO, filter.answeredTo());
        put(parameters, ACCOUNTABLE_FROM, filter.accountableFrom());
        put(parameters, ACCOUNTABLE_TO, filter.accountableTo());
        if (filter.leadAgencyOnly() && filter.agencyId() != null) {
            parameters.put(LEAD_ONLY, List.of("true"));
        }
        return parameters;
    }

    static IssueFilter read(Map<String, List<String>> parameters) {
        if (parameters == null) {
            return IssueFilter.none();
        }
        String text = first(parameters, TEXT);
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX).strip();
        }
        String pci = first(parameters, PCI);
        return new IssueFilter(text, states(parameters.get(STATE)), id(first(parameters, AGENCY)),
                id(first(parameters, FIELD)), id(first(parameters, DDCI)),
                pci != null && pci.length() <= PCI_CODE_MAX ? pci : null, bool(first(parameters, OVERDUE)),
                date(first(parameters, FROM)), date(first(parameters, TO)), channel(first(parameters, CHANNEL)),
                id(first(parameters, DIALOGUE)), date(first(parameters, ANSWERED_FROM)),
                date(first(parameters, ANSWERED_TO)), Boolean.TRUE.equals(bool(first(parameters, LEAD_ONLY))),
                null, null).withAccountableIn(date(first(parameters, ACCOUNTABLE_FROM)),
                date(first(parameters, ACCOUNTABLE_TO)));
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }

    /** The first non-blank value, stripped; null when there is none. */
    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    private static Set<IssueState> states(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        Set<IssueState> states = EnumSet.noneOf(IssueState.class);
        for (String value : values) {
            IssueState state = constant(IssueState.class, value);
            if (state != null) {
                states.add(state);
            }
        }
        return Set.copyOf(states);
    }

    private static IssueChannel channel(String value) {
        return constant(IssueChannel.class, value);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long id(String value) {
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String value) {
        if ("true".equals(value)) {
            return true;
        }
        return "false".equals(value) ? false : null;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
