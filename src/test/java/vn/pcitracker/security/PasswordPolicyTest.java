package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.Violations;

class PasswordPolicyTest {

    private static List<String> problems(String password, String username) {
        Violations violations = new Violations();
        PasswordPolicy.check(password, username, violations);
        try {
            violations.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(ValidationException.Violation::messageKey).toList();
        }
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(problems("hoa-sen-ho-1", "binh")).isEmpty();
        assertThat(problems("hoa-sen-ho1", "binh")).containsExactly("security.PasswordPolicy.tooShort");
    }

    @Test
    void passPhrasesOfSixtyFourAndUpTo128CharactersAreAcceptedButNotLonger() {
        assertThat(problems("cây đa giếng nước sân đình ".repeat(3).substring(0, 64), "binh")).isEmpty();
        assertThat(problems("x7".repeat(64), "binh")).isEmpty();
        assertThat(problems("x7".repeat(64) + "z", "binh")).containsExactly("shared.validation.tooLong");
    }

    @Test
    void aPasswordOnTheCommonListIsRefusedWhateverItsCase() {
        assertThat(problems("qwertyuiop123", "binh")).containsExactly("security.PasswordPolicy.common");
        assertThat(problems("QwertyUIOP123", "binh")).containsExactly("security.PasswordPolicy.common");
        assertThat(problems("1qaz2wsx3edc", "binh")).containsExactly("security.PasswordPolicy.common");
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(problems("Binh-nam-2026-hp", "binh")).containsExactly("security.PasswordPolicy.containsUsername");
    }

    @Test
    void theShippedListHoldsAtLeastTenThousandPasswordsAndNamesItsSourceAndLicence() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).count()).isGreaterThanOrEqualTo(10_000);
            assertThat(text.lines().takeWhile(line -> line.startsWith("#")).toList())
                    .anyMatch(line -> line.contains("SecLists")).anyMatch(line -> line.contains("CC BY-SA 3.0"));
        }
        assertThat(PasswordPolicy.isCommon("password")).isTrue();
        assertThat(PasswordPolicy.isCommon("Giếng-nước-sân-đình-2026")).isFalse();
    }
}
