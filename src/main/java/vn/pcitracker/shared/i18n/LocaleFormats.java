package vn.pcitracker.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as each language writes them: dd/MM/yyyy and a decimal comma in Vietnamese. */
public final class LocaleFormats {

    public static final String VIETNAMESE_DATE_PATTERN = "dd/MM/yyyy";
    public static final String ENGLISH_DATE_PATTERN = "dd MMM yyyy";

    private LocaleFormats() {
    }

    public static String datePattern(Locale locale) {
        return AppLocales.isVietnamese(locale) ? VIETNAMESE_DATE_PATTERN : ENGLISH_DATE_PATTERN;
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(datePattern(locale), locale).format(date);
    }

    public static String decimal(BigDecimal value, int fractionDigits, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
