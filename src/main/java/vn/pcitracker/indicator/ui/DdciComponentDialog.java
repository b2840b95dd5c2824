package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.HasValidation;
import vn.pcitracker.shared.ui.FormFeedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.indicator.UpdateDdciComponent;
import vn.pcitracker.indicator.domain.DdciComponent;

/**
 * Edits one DDCI component's names and PCI sub-indices. Saving goes through the callback; the service's
 * validation messages show on the fields, and an edit someone else overtook closes with a notice.
 */
class DdciComponentDialog extends Dialog {

    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final MultiSelectComboBox<SubIndex> pciSubIndices = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields = Map.of("nameVi", nameVi, "nameEn", nameEn,
            "pciSubIndexIds", pciSubIndices);
    private final DdciComponentDetails component;
    private final Consumer<UpdateDdciComponent> save;

    DdciComponentDialog(DdciComponentDetails component, List<SubIndex> subIndices, Consumer<UpdateDdciComponent> save) {
        this.component = component;
        this.save = save;
        setHeaderTitle(getTranslation("indicator.DdciComponentDialog.title", component.code()));

        nameVi.setLabel(getTranslation("indicator.DdciComponentDialog.nameVi"));
        nameVi.setRequired(true);
        nameVi.setMaxLength(DdciComponent.NAME_MAX_LENGTH);
        nameVi.setValue(Objects.requireNonNullElse(component.nameVi(), ""));
        nameEn.setLabel(getTranslation("indicator.DdciComponentDialog.nameEn"));
        nameEn.setMaxLength(DdciComponent.NAME_MAX_LENGTH);
        nameEn.setValue(Objects.requireNonNullElse(component.nameEn(), ""));
        pciSubIndices.setLabel(getTranslation("indicator.DdciComponentDialog.pciSubIndices"));
        pciSubIndices.setRequired(true);
        pciSubIndices.setItems(subIndices.stream().sorted(Comparator.comparingInt(SubIndex::number)).toList());
        pciSubIndices.setItemLabelGenerator(subIndex -> subIndex.number() + ". " + subIndex.name(getLocale()));
        pciSubIndices.setValue(subIndices.stream()
                .filter(subIndex -> component.pciSubIndexIds().contains(subIndex.id())).collect(Collectors.toSet()));

        FormLayout form = new FormLayout(nameVi, nameEn, pciSubIndices);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("36rem");

        Button saveButton = new Button(getTranslation("indicator.DdciComponentDialog.save"), click -> save());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("indicator.DdciComponentDialog.cancel"), click -> close()), saveButton);
    }

    private void save() {
        UpdateDdciComponent command = new UpdateDdciComponent(component.id(), nameVi.getValue(), nameEn.getValue(),
                pciSubIndices.getValue().stream().map(SubIndex::id).collect(Collectors.toSet()), component.version());
        FormFeedback feedback = new FormFeedback(this);
        fields.forEach(feedback::bind);
        if (feedback.attempt(() -> save.accept(command))) {
            close();
        }
    }
}
