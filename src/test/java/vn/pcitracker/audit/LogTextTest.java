package vn.pcitracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksTabsAndAnsiEscapesBecomeVisibleEscapesOnOneLine() {
        String forged = "bình thường\r\n2026-01-01 INFO login SUCCESS admin\t\u001b[31mđỏ\u001b[0m";

        String safe = LogText.neutralise(forged, 1000);

        assertThat(safe).isEqualTo("bình thường\\r\\n2026-01-01 INFO login SUCCESS admin\\t\\u001b[31mđỏ\\u001b[0m");
        assertThat(safe).doesNotContainPattern("\\p{Cntrl}");
    }

    @Test
    void unicodeLineSeparatorsDirectionOverridesAndNulAreEscapedAndBackslashesDoubled() {
        assertThat(LogText.neutralise("a\u2028b\u202ec\u0000d\\n", 100)).isEqualTo("a\\u2028b\\u202ec\\u0000d\\\\n");
    }

    @Test
    void longTextIsCutWithAnEllipsisWithinTheLimit() {
        String safe = LogText.neutralise("x".repeat(50) + "\n".repeat(50), 60);

        assertThat(safe).hasSize(60).endsWith("…").startsWith("x".repeat(50) + "\\n");
        assertThat(LogText.neutralise("ngắn", 60)).isEqualTo("ngắn");
        assertThat(LogText.neutralise(null, 60)).isNull();
    }
}
