package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** What every issue view writes the same way: enum labels, state badges, days left, local date-times. */
final class IssueTexts {

    static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String KEY = "issue.IssueTexts.";

    private IssueTexts() {
    }

    /** The label of any issue enum, from {@code issue.<Enum>.<NAME>} (written by the issue module). */
    static String label(Component owner, Enum<?> value) {
        return value == null ? "" : owner.getTranslation("issue." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static Badge stateBadge(Component owner, IssueState state) {
        Badge badge = new Badge(label(owner, state));
        badge.addClassName("issue-state");
        if (state == IssueState.SATISFIED || state == IssueState.CLOSED) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (state == IssueState.REOPENED) {
            badge.addThemeVariants(BadgeVariant.WARNING);
        } else if (state != null && state.isFinal() || state == IssueState.FORWARDED) {
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    /** "còn 3 ngày" / "quá hạn 2 ngày"; empty when no deadline runs. */
    static String daysLeft(Component owner, Integer workingDaysLeft, boolean overdue) {
        if (workingDaysLeft == null) {
            return "";
        }
        if (overdue || workingDaysLeft < 0) {
            return owner.getTranslation(KEY + "overdueBy", Math.abs(workingDaysLeft));
        }
        return workingDaysLeft == 0 ? owner.getTranslation(KEY + "dueToday") : owner.getTranslation(KEY + "daysLeft", workingDaysLeft);
    }

    /** Days left as a badge: an error badge when overdue, a warning in the last three days. */
    static Component daysLeftBadge(Component owner, Integer workingDaysLeft, boolean overdue) {
        Badge badge = new Badge(daysLeft(owner, workingDaysLeft, overdue));
        badge.addClassName("issue-days-left");
        if (workingDaysLeft == null) {
            badge.setVisible(false);
        } else if (overdue || workingDaysLeft < 0) {
            badge.addThemeVariants(BadgeVariant.ERROR);
        } else if (workingDaysLeft <= 3) {
            badge.addThemeVariants(BadgeVariant.WARNING);
        }
        return badge;
    }

    /** A moment in the province's local time: dd/MM/yyyy HH:mm in Vietnamese. */
    static String dateTime(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(LocaleFormats.datePattern(locale) + " HH:mm", locale).format(at.atZone(PROVINCE_TIME));
    }

    /** The user's language, also for helpers that are not components themselves. */
    static Locale locale(Component owner) {
        UI ui = owner.getUI().orElse(UI.getCurrent());
        return ui == null ? AppLocales.VIETNAMESE : ui.getLocale();
    }

    /** A date picker that reads and writes dates as the user's language does (dd/MM/yyyy in Vietnamese). */
    static DatePicker datePicker(Component owner, String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = locale(owner);
        picker.setLocale(locale);
        if (AppLocales.isVietnamese(locale)) {
            List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                    Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY)).toList();
            picker.setI18n(new DatePicker.DatePickerI18n()
                    .setDateFormat(LocaleFormats.datePattern(locale))
                    .setFirstDayOfWeek(1)
                    .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                    .setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                    .setWeekdaysShort(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                    .setToday(owner.getTranslation(KEY + "today"))
                    .setCancel(owner.getTranslation(KEY + "cancel")));
        }
        return picker;
    }
}
