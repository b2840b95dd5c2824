package vn.pcitracker.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages stay complete, and every key the code names exists. */
class TranslationKeysTest {

    /** A literal shaped like {@code module.Class.element}; literals ending in '.' are prefixes of dynamic keys. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+\\.[A-Z][A-Za-z]+\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private final ModuleTranslationProvider provider = new ModuleTranslationProvider();
    private final Map<String, String> vietnamese = provider.translations(AppLocales.VIETNAMESE);
    private final Map<String, String> english = provider.translations(AppLocales.ENGLISH);

    @Test
    void everyKeyExistsInBothLanguages() {
        assertThat(vietnamese).isNotEmpty();
        assertThat(new TreeSet<>(english.keySet())).as("keys missing in Vietnamese").isSubsetOf(vietnamese.keySet());
        assertThat(new TreeSet<>(vietnamese.keySet())).as("keys missing in English").isSubsetOf(english.keySet());
    }

    @Test
    void noTranslationIsBlank() {
        Stream.of(vietnamese, english).forEach(texts ->
                texts.forEach((key, text) -> assertThat(text).as(key).isNotBlank()));
    }

    @Test
    void everyKeyNamedInTheCodeIsTranslated() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!vietnamese.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void vietnameseTextsAreWrittenWithDiacritics() {
        long withDiacritics = vietnamese.values().stream().filter(text -> !text.equals(stripDiacritics(text))).count();
        assertThat(withDiacritics).as("Vietnamese translations that use Vietnamese letters").isGreaterThan(vietnamese.size() / 2);
    }

    private static String stripDiacritics(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
    }
}
