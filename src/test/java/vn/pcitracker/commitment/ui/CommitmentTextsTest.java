package vn.pcitracker.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.i18n.AppLocales;

/** Figures are read and written in the reader's notation: decimal comma in Vietnamese, decimal point in English. */
class CommitmentTextsTest {

    @Test
    void vietnameseReadersTypeADecimalCommaAndPointsGroupThousands() {
        assertThat(CommitmentTexts.parse("89,5", AppLocales.VIETNAMESE)).isEqualByComparingTo("89.5");
        assertThat(CommitmentTexts.parse("1.234,5", AppLocales.VIETNAMESE)).isEqualByComparingTo("1234.5");
        assertThat(CommitmentTexts.figure(new BigDecimal("91.50"), AppLocales.VIETNAMESE)).isEqualTo("91,5");
    }

    @Test
    void englishReadersTypeADecimalPoint() {
        assertThat(CommitmentTexts.parse("89.5", AppLocales.ENGLISH)).isEqualByComparingTo("89.5");
        assertThat(CommitmentTexts.figure(new BigDecimal("7"), AppLocales.ENGLISH)).isEqualTo("7");
    }

    @Test
    void blankIsNoValueAndAnythingElseIsRefused() {
        assertThat(CommitmentTexts.parse("  ", AppLocales.VIETNAMESE)).isNull();
        assertThatThrownBy(() -> CommitmentTexts.parse("1,2,3", AppLocales.VIETNAMESE)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> CommitmentTexts.parse("12 ngày", AppLocales.VIETNAMESE)).isInstanceOf(NumberFormatException.class);
    }
}
