package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndicatorTranslationsTest {

    private static final Pattern KEY = Pattern.compile("\"(indicator\\.[A-Za-z]+\\.[A-Za-z]+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("i18n/indicator_en.properties")).isEqualTo(keys("i18n/indicator.properties"));
    }

    @Test
    void everyKeyTheModuleUsesIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/pcitracker/indicator"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(UnitLevel.values()).forEach(level -> used.add("indicator.UnitLevel." + level.name()));

        assertThat(used).contains("indicator.DdciService.nameRequired", "indicator.DdciCatalogueView.menu");
        assertThat(keys("i18n/indicator.properties")).containsAll(used);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                IndicatorTranslationsTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
