package vn.pcitracker.shared.importing;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people read them: without case, Vietnamese diacritics (đ as d), punctuation or extra spaces. */
public final class ImportText {

    private ImportText() {
    }

    /** "Sở Văn hóa, Thể thao" and "so van hoa  the thao" give "so van hoa the thao"; null for a blank text. */
    public static String key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String key = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return key.isEmpty() ? null : key;
    }

    /** A header's key: like {@link #key} without any space, and without the trailing " *" of required columns. */
    public static String headerKey(String header) {
        if (header == null) {
            return null;
        }
        String key = key(header.strip().replaceFirst("\\s*\\*+$", ""));
        return key == null ? null : key.replace(" ", "");
    }
}
