package vn.pcitracker.calendar.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** Start date plus a number of working days gives the deadline, as recommendations are answered. */
class DeadlineCalculator extends Composite<VerticalLayout> {

    private final WorkingDayCalendar calendar;
    private final DatePicker start = new DatePicker();
    private final IntegerField days = new IntegerField();
    private final Span deadline = new Span();

    DeadlineCalculator(WorkingDayCalendar calendar, LocalDate today) {
        this.calendar = calendar;
        start.setLabel(getTranslation("calendar.DeadlineCalculator.start"));
        DatePickers.localized(start, getLocale()).setValue(today);
        days.setLabel(getTranslation("calendar.DeadlineCalculator.days"));
        days.setHelperText(getTranslation("calendar.DeadlineCalculator.hint"));
        days.setMin(0);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        days.setValue(15);
        start.addValueChangeListener(event -> update());
        days.addValueChangeListener(event -> update());
        HorizontalLayout inputs = new HorizontalLayout(start, days, deadline);
        inputs.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("calendar.DeadlineCalculator.title")), inputs);
        update();
    }

    /** Called again when the calendar changed, since the same input may give another deadline. */
    void update() {
        Integer count = days.getValue();
        if (start.getValue() == null || count == null || count < 0 || count > 365) {
            deadline.setText("");
            return;
        }
        LocalDate result = calendar.addWorkingDays(start.getValue(), count);
        deadline.setText(getTranslation("calendar.DeadlineCalculator.deadline", LocaleFormats.date(result, getLocale())));
    }
}
