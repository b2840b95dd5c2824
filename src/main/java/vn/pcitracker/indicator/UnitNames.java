package vn.pcitracker.indicator;

import java.text.Normalizer;
import java.util.Locale;

/** Unit names compared as readers do: without case, Vietnamese diacritics, punctuation or extra spaces. */
public final class UnitNames {

    private UnitNames() {
    }

    /** "Sở Văn hóa, Thể thao" and "so van hoa  the thao" give the same key; null for a blank name. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
