package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.pcitracker.dialogue.DialogueForm;
import vn.pcitracker.dialogue.DialogueKind;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/** New or edit session; hands the form to {@code onSave} and stays open while the service refuses it. */
class DialogueFormDialog extends Dialog {

    private static final String KEY = "dialogue.DialogueFormDialog.";

    private final Select<DialogueKind> kind = new Select<>();
    private final TextField title = new TextField(getTranslation(KEY + "title"));
    private final DatePicker heldOn = new DatePicker(getTranslation(KEY + "heldOn"));
    private final TextField place = new TextField(getTranslation(KEY + "place"));
    private final ComboBox<AgencySummary> hostAgency = new ComboBox<>(getTranslation(KEY + "hostAgency"));
    private final TextField chair = new TextField(getTranslation(KEY + "chair"));
    private final MultiSelectComboBox<AssociationSummary> associations =
            new MultiSelectComboBox<>(getTranslation(KEY + "associations"));
    private final IntegerField firmsAttending = new IntegerField(getTranslation(KEY + "firmsAttending"));
    private final TextArea minutes = new TextArea(getTranslation(KEY + "minutes"));

    /**
     * {@code existing} is null for a new session; {@code agencyChoices} and {@code associationChoices} are the
     * active ones, to which the session's own (perhaps retired since) are added.
     */
    DialogueFormDialog(DialogueSummary existing, List<AgencySummary> agencyChoices,
                       List<AssociationSummary> associationChoices, Consumer<DialogueForm> onSave) {
        setHeaderTitle(getTranslation(KEY + (existing == null ? "newTitle" : "editTitle")));
        kind.setLabel(getTranslation(KEY + "kind"));
        kind.setItems(DialogueKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        title.setMaxLength(DialogueForm.TITLE_MAX);
        heldOn.setLocale(getLocale());
        if (AppLocales.isVietnamese(getLocale())) {
            // The browser has no Vietnamese date format; the English pattern (with MMM) is not one the picker parses.
            heldOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat(LocaleFormats.datePattern(getLocale())));
        }
        place.setMaxLength(DialogueForm.PLACE_MAX);
        hostAgency.setItems(agencyChoices);
        hostAgency.setItemLabelGenerator(agency -> agency.name(getLocale()) + " (" + agency.code() + ")");
        chair.setMaxLength(DialogueForm.CHAIR_MAX);
        associations.setItems(associationChoices);
        associations.setItemLabelGenerator(association -> association.name(getLocale()));
        firmsAttending.setMin(0);
        firmsAttending.setStepButtonsVisible(true);
        minutes.setMaxLength(DialogueForm.MINUTES_MAX);
        minutes.setMinHeight("12rem");
        kind.setRequiredIndicatorVisible(true);
        title.setRequiredIndicatorVisible(true);
        heldOn.setRequiredIndicatorVisible(true);
        hostAgency.setRequiredIndicatorVisible(true);
        FormLayout layout = new FormLayout(kind, heldOn, title, place, hostAgency, chair, associations, firmsAttending, minutes);
        layout.setColspan(title, 2);
        layout.setColspan(associations, 2);
        layout.setColspan(minutes, 2);
        add(layout);
        if (existing != null) {
            show(existing, agencyChoices, associationChoices);
        }
        FormFeedback feedback = new FormFeedback(this).bind("kind", kind).bind("title", title).bind("heldOn", heldOn)
                .bind("place", place).bind("hostAgencyId", hostAgency).bind("chair", chair)
                .bind("associationIds", associations).bind("firmsAttending", firmsAttending).bind("minutes", minutes);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> onSave.accept(read()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
        setWidth("48rem");
    }

    private void show(DialogueSummary existing, List<AgencySummary> agencyChoices, List<AssociationSummary> associationChoices) {
        kind.setValue(existing.kind());
        title.setValue(existing.title());
        heldOn.setValue(existing.heldOn());
        place.setValue(text(existing.place()));
        hostAgency.setValue(agencyChoices.stream().filter(a -> a.id() == existing.hostAgencyId()).findFirst().orElse(null));
        chair.setValue(text(existing.chair()));
        associations.setValue(associationChoices.stream().filter(a -> existing.associationIds().contains(a.id()))
                .collect(Collectors.toSet()));
        firmsAttending.setValue(existing.firmsAttending());
        minutes.setValue(text(existing.minutes()));
    }

    private DialogueForm read() {
        Set<Long> associationIds = associations.getValue().stream().map(AssociationSummary::id).collect(Collectors.toSet());
        return new DialogueForm(kind.getValue(), title.getValue(), heldOn.getValue(), place.getValue(),
                hostAgency.getValue() == null ? null : hostAgency.getValue().id(), chair.getValue(),
                associationIds, firmsAttending.getValue(), minutes.getValue());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
