package vn.pcitracker.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations kept beside each module: {@code i18n/<module>.properties} holds Vietnamese (the default)
 * and {@code i18n/<module>_en.properties} English, all read as UTF-8. One file per module keeps keys
 * ({@code <module>.<Class>.<element>}) next to the code that uses them and merges without conflicts.
 */
@Component
public class ModuleTranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(ModuleTranslationProvider.class);

    private final Map<String, Map<String, String>> byLanguage;

    public ModuleTranslationProvider() {
        this.byLanguage = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Map<String, String> texts = byLanguage.getOrDefault(AppLocales.closest(locale).getLanguage(), Map.of());
        String pattern = texts.get(key);
        if (pattern == null) {
            log.warn("Missing translation for key '{}' in {}", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** Every key of one language, for the tests that keep both languages complete. */
    public Map<String, String> translations(Locale locale) {
        return Map.copyOf(byLanguage.getOrDefault(AppLocales.closest(locale).getLanguage(), Map.of()));
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> result = new HashMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String name = file.getFilename();
                String language = name != null && name.endsWith("_en.properties") ? "en" : "vi";
                result.computeIfAbsent(language, l -> new HashMap<>()).putAll(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations", e);
        }
        return result;
    }

    private static Map<String, String> read(Resource file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new HashMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
