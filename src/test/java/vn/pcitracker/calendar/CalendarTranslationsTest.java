package vn.pcitracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.ModuleTranslationProvider;

class CalendarTranslationsTest {

    private final ModuleTranslationProvider translations = new ModuleTranslationProvider();

    @Test
    void vietnameseAndEnglishHaveTheSameCalendarKeys() {
        Predicate<String> calendarKey = key -> key.startsWith("calendar.");
        assertThat(keys(AppLocales.ENGLISH).keySet().stream().filter(calendarKey))
                .containsExactlyInAnyOrderElementsOf(keys(AppLocales.VIETNAMESE).keySet().stream().filter(calendarKey).toList());
    }

    @Test
    void everyDayKindHasANameInBothLanguages() {
        Arrays.stream(DayKind.values()).map(kind -> "calendar.DayKind." + kind.name()).forEach(key -> {
            assertThat(keys(AppLocales.VIETNAMESE)).containsKey(key);
            assertThat(keys(AppLocales.ENGLISH)).containsKey(key);
        });
    }

    private Map<String, String> keys(java.util.Locale locale) {
        return translations.translations(locale);
    }
}
