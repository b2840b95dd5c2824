package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrganizationTranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/pcitracker/organization");
    private static final Pattern PREFIX = Pattern.compile("KEY = \"(organization\\.\\w+\\.)\"");
    private static final Pattern PREFIXED = Pattern.compile("KEY \\+ \"(\\w+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"(organization\\.\\w+\\.\\w+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("organization_en.properties")).isEqualTo(keys("organization.properties"));
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> used = new HashSet<>(Set.of("organization.AssociationService.emailInvalid",
                "organization.EnterpriseService.emailInvalid", "shared.validation.required", "shared.validation.tooLong"));
        for (AgencyKind kind : AgencyKind.values()) {
            used.add(kind.labelKey());
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher prefix = PREFIX.matcher(source);
                String keyPrefix = prefix.find() ? prefix.group(1) : null;
                Matcher prefixed = PREFIXED.matcher(source);
                while (keyPrefix != null && prefixed.find()) {
                    used.add(keyPrefix + prefixed.group(1));
                }
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    used.add(literal.group(1));
                }
            }
        }
        Set<String> translated = new HashSet<>(keys("organization.properties"));
        translated.addAll(keys("shared.properties"));
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(translated).containsAll(used);
        Set<String> translatedEn = new HashSet<>(keys("organization_en.properties"));
        translatedEn.addAll(keys("shared_en.properties"));
        assertThat(translatedEn).containsAll(used);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
