package vn.pcitracker.shared.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Proposes a {@link ColumnMapping} for a file's headers: first what the user chose for the same header before, then
 * the template column whose id or label (Vietnamese or English) the header is, compared by
 * {@link ImportText#headerKey} (ignoring case, diacritics, spaces, punctuation and the " *" of required columns).
 */
public final class HeaderMatcher {

    private final ImportDefinition definition;
    private final Map<String, String> columnByKey = new HashMap<>();

    /** @param labels every text of a header key to accept (the Vietnamese and the English label) */
    public HeaderMatcher(ImportDefinition definition, Function<String, ? extends Collection<String>> labels) {
        this.definition = definition;
        for (ImportColumn column : definition.columns()) {
            List<String> names = column.label() != null ? new ArrayList<>(List.of(column.label()))
                    : new ArrayList<>(labels.apply(column.headerKey()));
            names.add(column.id());
            accept(names, column);
        }
        for (ImportColumn column : definition.columns()) {
            column.aliasKeys().forEach(alias -> accept(labels.apply(alias), column));
        }
    }

    private void accept(Collection<String> names, ImportColumn column) {
        for (String name : names) {
            String key = ImportText.headerKey(name);
            if (key != null) {
                columnByKey.putIfAbsent(key, column.id());
            }
        }
    }

    /** @param remembered the user's earlier choices by header key ({@link ColumnMapping#byHeaderKey}) */
    public ColumnMapping match(List<String> headers, Map<String, String> remembered) {
        List<String> ids = new ArrayList<>(headers.size());
        Set<String> taken = new HashSet<>();
        Set<Integer> decided = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = ImportText.headerKey(headers.get(i));
            String choice = key == null ? null : remembered.get(key);
            boolean usable = choice != null && (choice.equals(ColumnMapping.IGNORED)
                    || definition.column(choice).isPresent() && taken.add(choice));
            ids.add(usable && !choice.equals(ColumnMapping.IGNORED) ? choice : null);
            if (usable) {
                decided.add(i);
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            String key = ImportText.headerKey(headers.get(i));
            String column = key == null ? null : columnByKey.get(key);
            if (!decided.contains(i) && column != null && taken.add(column)) {
                ids.set(i, column);
            }
        }
        return new ColumnMapping(headers, ids);
    }
}
