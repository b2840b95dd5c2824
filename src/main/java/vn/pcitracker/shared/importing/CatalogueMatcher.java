package vn.pcitracker.shared.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the catalogue entry (an agency, a field, an association...) a cell names, by any of the entry's names
 * (code, Vietnamese, English...) compared with {@link ImportText#key}: ignoring case, diacritics, punctuation and
 * extra spaces. A name shared by several entries is ambiguous, never guessed.
 */
public final class CatalogueMatcher<T> {

    private final Map<String, Set<T>> byKey = new HashMap<>();

    public CatalogueMatcher(Collection<? extends T> entries, Function<? super T, ? extends Collection<String>> names) {
        for (T entry : entries) {
            for (String name : names.apply(entry)) {
                String key = ImportText.key(name);
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry);
                }
            }
        }
    }

    /** Matches entries by the names the functions give (nulls skipped), e.g. {@code Agency::code, Agency::nameVi}. */
    @SafeVarargs
    public static <T> CatalogueMatcher<T> byNames(Collection<? extends T> entries, Function<? super T, String>... names) {
        return new CatalogueMatcher<>(entries, entry -> Arrays.stream(names).map(name -> name.apply(entry)).toList());
    }

    /** Every entry the name stands for: none, one, or several (ambiguous). */
    public List<T> matches(String name) {
        String key = ImportText.key(name);
        return key == null ? List.of() : new ArrayList<>(byKey.getOrDefault(key, Set.of()));
    }

    /**
     * The one entry the row's cell names; null when the cell is blank (nothing added: the session reports blank
     * required cells), or when it names no entry or several (a problem is added).
     */
    public T find(ImportRow row, String column, ImportProblems problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        List<T> found = matches(value);
        if (found.size() == 1) {
            return found.getFirst();
        }
        if (found.isEmpty()) {
            problems.unknown(row.row(), column, value);
        } else {
            problems.ambiguous(row.row(), column, value, found.size());
        }
        return null;
    }
}
