package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.ValidationException;

class TaxCodeTest {

    @Test
    void tenDigitsAreAHeadOfficeCode() {
        TaxCode code = TaxCode.of("0201234567");
        assertThat(code.value()).isEqualTo("0201234567");
        assertThat(code.branch()).isNull();
    }

    @Test
    void tenDigitsHyphenThreeDigitsAreABranchCode() {
        assertThat(TaxCode.of("0201234567-001").branch()).isEqualTo("001");
    }

    @Test
    void whitespaceAsPeopleTypeItIsRemoved() {
        assertThat(TaxCode.of(" 0201 234 567 ").value()).isEqualTo("0201234567");
        assertThat(TaxCode.normalize("0201234567 - 001")).isEqualTo("0201234567-001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"020123456", "02012345678", "02O1234567", "0201234567-01", "0201234567-0001",
            "0201234567/001", "0201234567-"})
    void anythingElseIsRefusedWithTheTranslatableKey(String raw) {
        assertThat(TaxCode.isValid(raw)).isFalse();
        assertThatThrownBy(() -> TaxCode.of(raw))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("taxCode");
                            assertThat(v.messageKey()).isEqualTo("organization.TaxCode.invalid");
                        }));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingCodeIsNotATaxCode(String raw) {
        assertThat(TaxCode.isValid(raw)).isFalse();
        assertThat(TaxCode.normalize(raw)).isNull();
        assertThatThrownBy(() -> TaxCode.of(raw)).isInstanceOf(ValidationException.class);
    }
}
