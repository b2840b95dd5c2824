package vn.pcitracker.calendar.ui;

import com.vaadin.flow.component.HasValidation;
import vn.pcitracker.shared.ui.FormFeedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import vn.pcitracker.calendar.CalendarEntry;
import vn.pcitracker.calendar.DayKind;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * Adds or edits one exception day. Saving goes through the callback; a {@link ValidationException} from
 * it is shown next to the fields and the dialog stays open.
 */
class CalendarDayDialog extends Dialog {

    private final DatePicker day = new DatePicker();
    private final Select<DayKind> kind = new Select<>();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField sourceUrl = new TextField();
    private final Checkbox confirmed = new Checkbox();
    private final Map<String, HasValidation> fieldsByName = Map.of(
            "day", day, "kind", kind, "nameVi", nameVi, "nameEn", nameEn, "sourceUrl", sourceUrl);
    private final Consumer<CalendarEntry> onSave;

    CalendarDayDialog(CalendarEntry existing, Consumer<CalendarEntry> onSave) {
        this.onSave = onSave;
        setHeaderTitle(existing == null ? getTranslation("calendar.CalendarDayDialog.addTitle")
                : getTranslation("calendar.CalendarDayDialog.editTitle", LocaleFormats.date(existing.day(), getLocale())));
        DatePickers.localized(day, getLocale()).setLabel(getTranslation("calendar.CalendarDayDialog.day"));
        kind.setLabel(getTranslation("calendar.CalendarDayDialog.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("calendar.DayKind." + value.name()));
        nameVi.setLabel(getTranslation("calendar.CalendarDayDialog.nameVi"));
        nameEn.setLabel(getTranslation("calendar.CalendarDayDialog.nameEn"));
        sourceUrl.setLabel(getTranslation("calendar.CalendarDayDialog.sourceUrl"));
        nameVi.setMaxLength(CalendarEntry.NAME_MAX_LENGTH);
        nameEn.setMaxLength(CalendarEntry.NAME_MAX_LENGTH);
        sourceUrl.setMaxLength(CalendarEntry.SOURCE_URL_MAX_LENGTH);
        confirmed.setLabel(getTranslation("calendar.CalendarDayDialog.confirmed"));
        fieldsByName.values().forEach(field -> field.setManualValidation(true));
        fill(existing);

        FormLayout form = new FormLayout(day, kind, nameVi, nameEn, sourceUrl, confirmed);
        form.setColspan(sourceUrl, 2);
        add(form);
        Button save = new Button(getTranslation("calendar.CalendarDayDialog.save"), event -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("calendar.CalendarDayDialog.cancel"), event -> close()), save);
    }

    private void fill(CalendarEntry existing) {
        confirmed.setValue(existing == null || existing.confirmed());
        if (existing != null) {
            day.setValue(existing.day());
            kind.setValue(existing.kind());
            nameVi.setValue(existing.nameVi());
            nameEn.setValue(existing.nameEn() == null ? "" : existing.nameEn());
            sourceUrl.setValue(existing.sourceUrl() == null ? "" : existing.sourceUrl());
        }
    }

    private void save() {
        FormFeedback feedback = new FormFeedback(this);
        fieldsByName.forEach(feedback::bind);
        if (feedback.attempt(() -> onSave.accept(new CalendarEntry(day.getValue(), kind.getValue(), nameVi.getValue(),
                nameEn.getValue(), confirmed.getValue(), sourceUrl.getValue())))) {
            close();
        }
    }
}
