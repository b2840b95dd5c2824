package vn.pcitracker.calendar.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** Date pickers that read and write dates the way the user's language does (dd/MM/yyyy in Vietnamese). */
final class DatePickers {

    private DatePickers() {
    }

    static DatePicker localized(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        if (AppLocales.isVietnamese(locale)) {
            // The browser has no Vietnamese date picker texts of its own.
            List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                    Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY)).toList();
            picker.setI18n(new DatePicker.DatePickerI18n()
                    .setDateFormat(LocaleFormats.datePattern(locale))
                    .setFirstDayOfWeek(1)
                    .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                    .setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                    .setWeekdaysShort(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                    .setToday(picker.getTranslation("calendar.DatePickers.today"))
                    .setCancel(picker.getTranslation("calendar.DatePickers.cancel")));
        }
        return picker;
    }
}
