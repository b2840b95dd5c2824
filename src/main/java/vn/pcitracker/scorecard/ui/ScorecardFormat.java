package vn.pcitracker.scorecard.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalDouble;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** How the scorecard writes its figures: a rate as a percentage, a mean with one decimal, nothing measured as "–". */
final class ScorecardFormat {

    static final String NOTHING = "–";
    /** Rows without anything measured sort last whichever way. */
    static final Comparator<Measure> BY_RATE = Comparator.comparing(ScorecardFormat::rateOrNull,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private ScorecardFormat() {
    }

    static String percent(Measure measure, Locale locale) {
        OptionalDouble rate = measure.rate();
        return rate.isEmpty() ? NOTHING : LocaleFormats.decimal(BigDecimal.valueOf(rate.getAsDouble() * 100), 1, locale)
                + " %";
    }

    static String mean(Measure measure, Locale locale) {
        OptionalDouble rate = measure.rate();
        return rate.isEmpty() ? NOTHING : LocaleFormats.decimal(BigDecimal.valueOf(rate.getAsDouble()), 1, locale);
    }

    static String score(double score, Locale locale) {
        return LocaleFormats.decimal(BigDecimal.valueOf(score), 1, locale);
    }

    static String counts(Measure measure, Locale locale) {
        return LocaleFormats.integer(measure.numerator(), locale) + " / " + LocaleFormats.integer(measure.denominator(),
                locale);
    }

    private static Double rateOrNull(Measure measure) {
        return measure.rate().isPresent() ? measure.rate().getAsDouble() : null;
    }
}
