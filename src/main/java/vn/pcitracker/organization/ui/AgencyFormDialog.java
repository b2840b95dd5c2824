package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.button.Button;
import vn.pcitracker.shared.ui.FormFeedback;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencySummary;

/** New or edit agency; hands the form to {@code onSave} and stays open while the service refuses it. */
class AgencyFormDialog extends Dialog {

    private static final String KEY = "organization.AgencyFormDialog.";

    private final TextField code = new TextField();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final ComboBox<AgencyKind> kind = new ComboBox<>();
    private final ComboBox<AgencySummary> parent;
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final ComboBox<AgencySummary> primarySuccessor;
    private final MultiSelectComboBox<AgencySummary> otherSuccessors;

    /** {@code existing} is null for a new agency; {@code byId} holds every agency, retired ones included. */
    AgencyFormDialog(AgencySummary existing, Map<Long, AgencySummary> byId, Consumer<AgencyForm> onSave) {
        Locale locale = getLocale();
        List<AgencySummary> others = byId.values().stream()
                .filter(agency -> existing == null || agency.id() != existing.id()).toList();
        parent = AgencyChoices.single(getTranslation(KEY + "parent"), others, locale);
        primarySuccessor = AgencyChoices.single(getTranslation(KEY + "primarySuccessor"), others, locale);
        otherSuccessors = AgencyChoices.multiple(getTranslation(KEY + "otherSuccessors"), others, locale);
        setHeaderTitle(getTranslation(KEY + (existing == null ? "newTitle" : "editTitle")));
        configureFields(locale);

        FormLayout layout = new FormLayout(code, kind, nameVi, nameEn, parent, validFrom, validTo,
                primarySuccessor, otherSuccessors);
        layout.setColspan(nameVi, 2);
        layout.setColspan(nameEn, 2);
        layout.setColspan(otherSuccessors, 2);
        add(layout);
        if (existing != null) {
            show(existing, byId);
        }

        FormFeedback feedback = new FormFeedback(this).bind("code", code).bind("nameVi", nameVi)
                .bind("nameEn", nameEn).bind("kind", kind).bind("parentId", parent).bind("validFrom", validFrom)
                .bind("validTo", validTo).bind("successorIds", primarySuccessor);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> onSave.accept(read()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
        setWidth("44rem");
    }

    private void configureFields(Locale locale) {
        code.setLabel(getTranslation(KEY + "code"));
        code.setMaxLength(AgencyForm.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        nameVi.setLabel(getTranslation(KEY + "nameVi"));
        nameVi.setMaxLength(AgencyForm.NAME_MAX);
        nameVi.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation(KEY + "nameEn"));
        nameEn.setMaxLength(AgencyForm.NAME_MAX);
        kind.setLabel(getTranslation(KEY + "kind"));
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setRequiredIndicatorVisible(true);
        validFrom.setLabel(getTranslation(KEY + "validFrom"));
        validTo.setLabel(getTranslation(KEY + "validTo"));
        validFrom.setLocale(locale);
        validTo.setLocale(locale);
    }

    private void show(AgencySummary agency, Map<Long, AgencySummary> byId) {
        code.setValue(agency.code());
        nameVi.setValue(agency.nameVi());
        nameEn.setValue(agency.nameEn() == null ? "" : agency.nameEn());
        kind.setValue(agency.kind());
        parent.setValue(agency.parentId() == null ? null : byId.get(agency.parentId()));
        validFrom.setValue(agency.validFrom());
        validTo.setValue(agency.validTo());
        AgencyChoices.show(agency.successorIds(), byId, primarySuccessor, otherSuccessors);
    }

    private AgencyForm read() {
        return new AgencyForm(code.getValue(), nameVi.getValue(), nameEn.getValue(), kind.getValue(),
                parent.getValue() == null ? null : parent.getValue().id(), validFrom.getValue(), validTo.getValue(),
                AgencyChoices.read(primarySuccessor, otherSuccessors));
    }
}
