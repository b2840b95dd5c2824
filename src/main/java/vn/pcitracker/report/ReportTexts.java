package vn.pcitracker.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.BiFunction;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * The report's words and numbers in one language: translations, period names ("tháng 10/2026", "October 2026"),
 * counts, rates as percentages with one decimal, and signed changes. The page, the workbook and the mail all write
 * through it, so they say the same thing the same way.
 */
public final class ReportTexts {

    private static final String KEY = "report.ReportTexts.";
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final Locale locale;
    private final BiFunction<String, Object[], String> translate;

    public ReportTexts(Locale locale, BiFunction<String, Object[], String> translate) {
        this.locale = AppLocales.closest(locale);
        this.translate = translate;
    }

    /** Texts for a reader outside a UI (a mail, a download), from the application's translations. */
    public static ReportTexts of(I18NProvider provider, Locale locale) {
        Locale closest = AppLocales.closest(locale);
        return new ReportTexts(closest, (key, args) -> provider.getTranslation(key, closest, args));
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        return translate.apply(key, args);
    }

    /** "tháng 10/2026", "quý III/2026", "năm 2026"; "October 2026", "Q3 2026", "2026". */
    public String period(ReportPeriod period) {
        String year = String.valueOf(period.year());
        return switch (period.kind()) {
            case MONTH -> text(period.kind().labelKey(), String.valueOf(period.number()), year,
                    period.firstMonth().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale));
            case QUARTER -> text(period.kind().labelKey(), String.valueOf(period.number()), year, ROMAN[period.number() - 1]);
            case YEAR -> text(period.kind().labelKey(), year);
        };
    }

    /** The period at the start of a sentence or a title. */
    public String periodCapitalised(ReportPeriod period) {
        String text = period(period);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    public String integer(long value) {
        return LocaleFormats.integer(value, locale);
    }

    public String date(LocalDate day) {
        return LocaleFormats.date(day, locale);
    }

    public String decimal(BigDecimal value, int digits) {
        return value == null ? "–" : LocaleFormats.decimal(value, digits, locale);
    }

    /** The rate as a percentage with one decimal, "85,1 %"; a dash when there was nothing to measure. */
    public String percent(Measure measure) {
        BigDecimal rate = percentValue(measure);
        return rate == null ? "–" : decimal(rate, 1) + " %";
    }

    /** "+8", "−2", "0". */
    public String change(long delta) {
        return delta > 0 ? "+" + integer(delta) : delta < 0 ? "−" + integer(-delta) : "0";
    }

    /** The change of a rate in percentage points, "+3,2 điểm %"; null when either rate is unknown. */
    public String pointsChange(Measure now, Measure before) {
        BigDecimal current = percentValue(now);
        BigDecimal earlier = percentValue(before);
        if (current == null || earlier == null) {
            return null;
        }
        BigDecimal delta = current.subtract(earlier);
        String sign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "";
        return text(KEY + "points", sign + decimal(delta.abs(), 1));
    }

    /** The rate as a percentage rounded to one decimal, as a number (for charts and spreadsheets); null when unknown. */
    public static BigDecimal percentValue(Measure measure) {
        return measure.denominator() == 0 ? null : BigDecimal.valueOf(measure.numerator() * 100)
                .divide(BigDecimal.valueOf(measure.denominator()), 1, RoundingMode.HALF_UP);
    }
}
