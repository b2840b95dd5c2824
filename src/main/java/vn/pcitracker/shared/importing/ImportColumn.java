package vn.pcitracker.shared.importing;

import java.util.Objects;

/**
 * One column of an import template.
 *
 * @param id        stable identifier, the key of the row's cells ({@link ImportRow#get}); also accepted as a file header
 * @param headerKey translation key of the header the template shows in the user's language; a file header matches
 *                  the Vietnamese or the English text ignoring case, diacritics, spaces, punctuation and a " *"
 * @param required  whether every row must have a value (the template marks the header with " *")
 */
public record ImportColumn(String id, String headerKey, boolean required) {

    public ImportColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headerKey, "headerKey");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a column needs an id");
        }
    }

    public static ImportColumn required(String id, String headerKey) {
        return new ImportColumn(id, headerKey, true);
    }

    public static ImportColumn optional(String id, String headerKey) {
        return new ImportColumn(id, headerKey, false);
    }
}
