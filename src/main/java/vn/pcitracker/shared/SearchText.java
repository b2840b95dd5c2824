package vn.pcitracker.shared;

/**
 * What a user typed into a search box, made into the pattern of {@code LIKE '%' || search_text(:pattern) || '%'}: taken
 * literally ({@code %}, {@code _} and {@code \} escaped), trimmed, and without the characters PostgreSQL refuses in a
 * parameter (NUL, half a surrogate pair), which used to make a search fail with a database error (issue 9).
 */
public final class SearchText {

    private SearchText() {
    }

    /** The pattern, or "" (matching everything) for a blank text. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return storableOnly(text).strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The text without NUL characters and unpaired surrogates. */
    public static String storableOnly(String text) {
        if (Violations.storable(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c != 0 && !Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
