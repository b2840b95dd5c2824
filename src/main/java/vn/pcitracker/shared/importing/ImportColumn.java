package vn.pcitracker.shared.importing;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an import template.
 *
 * @param id        stable identifier, the key of the row's cells ({@link ImportRow#get}); also accepted as a file header
 * @param headerKey translation key of the header the template shows in the user's language; a file header matches
 *                  the Vietnamese or the English text ignoring case, diacritics, spaces, punctuation and a " *".
 *                  Null for a column with a {@code label}
 * @param required  whether every row must have a value (the template marks the header with " *")
 * @param label     a header that is the same text in every language, for columns that come from data rather than
 *                  from the code (a component's code, say); null for a translated header
 * @param aliasKeys translation keys of other headers a file may give this column, matched like {@code headerKey}
 *                  (after every column's own header): e.g. the headers of the module's export of the same records,
 *                  so that an exported file imports back without mapping by hand
 */
public record ImportColumn(String id, String headerKey, boolean required, String label, List<String> aliasKeys) {

    public ImportColumn {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a column needs an id");
        }
        if ((headerKey == null) == (label == null)) {
            throw new IllegalArgumentException("a column has a header key or a label, not both: " + id);
        }
        aliasKeys = aliasKeys == null ? List.of() : List.copyOf(aliasKeys);
    }

    public ImportColumn(String id, String headerKey, boolean required) {
        this(id, Objects.requireNonNull(headerKey, "headerKey"), required, null, List.of());
    }

    public static ImportColumn required(String id, String headerKey) {
        return new ImportColumn(id, headerKey, true);
    }

    public static ImportColumn optional(String id, String headerKey) {
        return new ImportColumn(id, headerKey, false);
    }

    /** An optional column whose header is {@code label} in every language (e.g. a code from the data). */
    public static ImportColumn literal(String id, String label) {
        return new ImportColumn(id, null, false, Objects.requireNonNull(label, "label"), List.of());
    }

    /** This column, also accepting the headers of these translation keys. */
    public ImportColumn withAliases(String... keys) {
        return new ImportColumn(id, headerKey, required, label, List.of(keys));
    }

    /** The header in the reader's language: the label, or the header key translated. */
    public String header(Function<String, String> translate) {
        return label != null ? label : translate.apply(headerKey);
    }
}
