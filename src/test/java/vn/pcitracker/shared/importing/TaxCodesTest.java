package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxCodesTest {

    @Test
    void publishedTaxCodesPassTheCheckDigit() {
        assertThat(TaxCodes.isValid("0100233488")).isTrue();
        assertThat(TaxCodes.isValid("0314409058")).isTrue();
        assertThat(TaxCodes.isValid("0314409058-002")).isTrue();
        assertThat(TaxCodes.isValid("0100109106")).isTrue();
    }

    @Test
    void aMistypedDigitIsCaught() {
        assertThat(TaxCodes.isValid("0100233480")).isFalse();
        assertThat(TaxCodes.isValid("0100233848")).isFalse();
    }

    @Test
    void theShapeMustBeTenDigitsOrABranchOfThem() {
        assertThat(TaxCodes.isValid("12345")).isFalse();
        assertThat(TaxCodes.isValid("0314409058002")).isFalse();
        assertThat(TaxCodes.isValid("0314409058-000")).isFalse();
        assertThat(TaxCodes.isValid("031440905A")).isFalse();
        assertThat(TaxCodes.isValid(null)).isFalse();
    }

    @Test
    void theCheckDigitIsTenLessTheRemainderAndARemainderOfZeroIsNeverValid() {
        // 1*5 + 6*3 = 23 = 11*2 + 1 -> check 9.
        assertThat(TaxCodes.isValid("0000000169")).isTrue();
        // 1*31 + 1*29 + 1*23 + 1*19 + 1*17 + 1*13 + 1*7 + 1*5 + 1*3 = 147 = 11*13 + 4 -> check 6.
        assertThat(TaxCodes.isValid("1111111116")).isTrue();
        // 0,0,0,0,0,0,0,0,0: sum 0, remainder 0, 10 - 0 = 10 is no digit.
        assertThat(TaxCodes.isValid("0000000000")).isFalse();
    }
}
