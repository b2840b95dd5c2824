package vn.pcitracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aSearchTextIsTakenLiterallyWithWildcardsAndTheEscapeCharacterEscaped() {
        assertThat(SearchText.containsPattern("  100%_a\\b  ")).isEqualTo("100\\%\\_a\\\\b");
        assertThat(SearchText.containsPattern(null)).isEmpty();
        assertThat(SearchText.containsPattern("   ")).isEmpty();
    }

    @Test
    void charactersTheDatabaseRefusesAreDroppedFromASearchAndPairedSurrogatesKept() {
        assertThat(SearchText.containsPattern("a\u0000b\uD800c\uDC00d\uD83D\uDE00")).isEqualTo("abcd\uD83D\uDE00");
    }

    @Test
    void storedTextWithANulOrAHalfSurrogateIsRefusedWithAMessageKey() {
        for (String bad : new String[] {"a\u0000b", "\uD800", "x\uDC00", "end\uD83D"}) {
            assertThatThrownBy(() -> Violations.clean(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(ValidationException.Violation::messageKey)
                            .containsExactly(Violations.INVALID_CHARACTERS));
        }
        assertThat(Violations.clean("  Cấp phép \uD83D\uDE00 ")).isEqualTo("Cấp phép \uD83D\uDE00");
    }
}
