package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.Consumer;
import vn.pcitracker.licensing.bottleneck.EvidenceForm;
import vn.pcitracker.licensing.bottleneck.EvidencePhase;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/** Adds one measurement of the procedure; the service checks that the figures hold together. */
class EvidenceDialog extends Dialog {

    private static final String KEY = "licensing.EvidenceDialog.";

    private final RadioButtonGroup<EvidencePhase> phase = new RadioButtonGroup<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final IntegerField received = new IntegerField();
    private final IntegerField onTime = new IntegerField();
    private final IntegerField late = new IntegerField();
    private final IntegerField topUps = new IntegerField();
    private final TextField median = new TextField();
    private final TextField note = new TextField();

    EvidenceDialog(Locale locale, EvidencePhase suggested, Consumer<EvidenceForm> onSave) {
        setHeaderTitle(getTranslation(KEY + "title"));
        setWidth("40rem");
        addClassName("bottleneck-evidence-dialog");
        phase.setLabel(getTranslation(KEY + "phase"));
        phase.setItems(EvidencePhase.values());
        phase.setItemLabelGenerator(value -> BottleneckTexts.label(this, value));
        phase.setValue(suggested);
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(locale);
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(LocaleFormats.datePattern(locale)));
        }
        from.setLabel(getTranslation(KEY + "periodFrom"));
        to.setLabel(getTranslation(KEY + "periodTo"));
        received.setLabel(getTranslation(KEY + "filesReceived"));
        onTime.setLabel(getTranslation(KEY + "filesOnTime"));
        late.setLabel(getTranslation(KEY + "filesLate"));
        topUps.setLabel(getTranslation(KEY + "topUpRequests"));
        median.setLabel(getTranslation(KEY + "medianActualDays"));
        median.setHelperText(getTranslation(KEY + "medianHelp"));
        note.setLabel(getTranslation(KEY + "note"));
        FormLayout form = new FormLayout(phase, from, to, received, onTime, late, topUps, median, note);
        form.setColspan(phase, 2);
        form.setColspan(note, 2);
        add(form);
        FormFeedback feedback = new FormFeedback(this).bind("periodFrom", from).bind("periodTo", to)
                .bind("filesReceived", received).bind("filesOnTime", onTime).bind("filesLate", late)
                .bind("topUpRequests", topUps).bind("medianActualDays", median).bind("note", note);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> onSave.accept(read()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("bottleneck-evidence-save");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
    }

    private EvidenceForm read() {
        return new EvidenceForm(phase.getValue(), from.getValue(), to.getValue(), received.getValue(), onTime.getValue(),
                late.getValue(), topUps.getValue(), BottleneckActionDialog.decimal(median, "medianActualDays", getLocale()), note.getValue());
    }
}
