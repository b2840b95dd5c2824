package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** Numbers, periods, unit names, score bars and badges as the commitment views show them. */
final class CommitmentTexts {

    private CommitmentTexts() {
    }

    /** A figure with up to two decimals in the reader's notation ("91,5" in Vietnamese). */
    static String figure(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return LocaleFormats.decimal(rounded, Math.max(0, rounded.scale()), locale);
    }

    static String score(double score, Locale locale) {
        return LocaleFormats.decimal(BigDecimal.valueOf(score), 1, locale);
    }

    /**
     * Reads a figure typed in the reader's notation (decimal comma in Vietnamese, point in English); blank is null.
     * Throws {@link NumberFormatException} for anything else, so that the view can say so on the field.
     */
    static BigDecimal parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        String compact = text.strip().replace(" ", "").replace("\u00a0", "");
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(compact, position);
        if (number == null || position.getIndex() != compact.length()) {
            throw new NumberFormatException(text);
        }
        return (BigDecimal) number;
    }

    static String period(LocalDate from, LocalDate to, Locale locale) {
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return String.valueOf(from.getYear());
        }
        return LocaleFormats.date(from, locale) + " – " + LocaleFormats.date(to, locale);
    }

    static String unitName(CommitmentDetails.Unit unit, Map<Long, AgencySummary> agencies, Locale locale) {
        if (unit.divisionName() != null) {
            return unit.divisionName();
        }
        AgencySummary agency = agencies.get(unit.agencyId());
        return agency == null ? "#" + unit.agencyId() : agency.name(locale);
    }

    static String agencyName(long id, Map<Long, AgencySummary> agencies, Locale locale) {
        AgencySummary agency = agencies.get(id);
        return agency == null ? "#" + id : agency.name(locale);
    }

    /** A bar filled to {@code share} (0..1) with the text beside it; green from 80 %, amber from 50 %, else red. */
    static Component bar(double share, String text) {
        Div fill = new Div();
        String colour = share >= 0.8 ? "var(--lumo-success-color)" : share >= 0.5 ? "var(--lumo-warning-color, #e8a33d)"
                : "var(--lumo-error-color)";
        fill.getStyle().set("width", Math.round(Math.max(0, Math.min(1, share)) * 100) + "%").set("height", "100%")
                .set("background", colour).set("border-radius", "inherit");
        Div track = new Div(fill);
        track.addClassName("score-bar");
        track.getStyle().set("width", "8rem").set("height", "0.6rem").set("border-radius", "0.3rem")
                .set("background", "var(--lumo-contrast-10pct)").set("flex", "none");
        Span label = new Span(text);
        label.addClassName("score-text");
        HorizontalLayout layout = new HorizontalLayout(track, label);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.setSpacing(true);
        return layout;
    }

    static Badge warning(String text) {
        Badge badge = new Badge(text);
        badge.addThemeVariants(BadgeVariant.WARNING);
        badge.addClassName("gaming-flag");
        return badge;
    }

    static DatePicker datePicker(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(LocaleFormats.datePattern(locale)));
        return picker;
    }
}
