package vn.pcitracker.shared.importing;

import java.util.List;
import java.util.Objects;

/**
 * One column of an import template.
 *
 * @param id        stable identifier, the key of the row's cells ({@link ImportRow#get}); also accepted as a file header
 * @param headerKey translation key of the header the template shows in the user's language; a file header matches
 *                  the Vietnamese or the English text ignoring case, diacritics, spaces, punctuation and a " *"
 * @param required  whether every row must have a value (the template marks the header with " *")
 * @param aliasKeys translation keys of other headers a file may give this column, matched like {@code headerKey}
 *                  (after every column's own header): e.g. the headers of the module's export of the same records,
 *                  so that an exported file imports back without mapping by hand
 */
public record ImportColumn(String id, String headerKey, boolean required, List<String> aliasKeys) {

    public ImportColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headerKey, "headerKey");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a column needs an id");
        }
        aliasKeys = aliasKeys == null ? List.of() : List.copyOf(aliasKeys);
    }

    public ImportColumn(String id, String headerKey, boolean required) {
        this(id, headerKey, required, List.of());
    }

    public static ImportColumn required(String id, String headerKey) {
        return new ImportColumn(id, headerKey, true);
    }

    public static ImportColumn optional(String id, String headerKey) {
        return new ImportColumn(id, headerKey, false);
    }

    /** This column, also accepting the headers of these translation keys. */
    public ImportColumn withAliases(String... keys) {
        return new ImportColumn(id, headerKey, required, List.of(keys));
    }
}
