package vn.pcitracker.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;

/** Every action with a label of its own and every service family has one in both languages. */
class ActionLabelsTest {

    private final ModuleTranslationProvider translations = new ModuleTranslationProvider();

    @Test
    void everyLabelledActionAndFamilyIsTranslatedInVietnameseAndEnglish() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
            Map<String, String> texts = translations.translations(locale);
            Stream.concat(ActionLabels.OWN.stream().map(code -> ActionLabels.KEY + code),
                            ActionLabels.FAMILIES.stream().map(service -> ActionLabels.KEY + "family." + service))
                    .forEach(key -> assertThat(texts).as("%s in %s", key, locale).containsKey(key));
        }
    }

    @Test
    void aFamilyLabelCarriesTheMethodAndAnUnknownCodeIsShownAsItIs() {
        assertThat(ActionLabels.of("AgencyService.retire",
                (key, method) -> translations.getTranslation(key, Locale.ENGLISH, method))).isEqualTo("Agencies: retire");
        assertThat(ActionLabels.of("NoSuchService.run", (key, method) -> "never")).isEqualTo("NoSuchService.run");
        assertThat(ActionLabels.of(null, (key, method) -> "never")).isEmpty();
    }
}
