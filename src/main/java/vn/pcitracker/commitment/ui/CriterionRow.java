package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;
import vn.pcitracker.commitment.CriterionForm;
import vn.pcitracker.commitment.Direction;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * One criterion in the commitment form. Figures are typed in the reader's notation; a figure that is not a number
 * is marked on its field before anything is sent. A live source fixes the unit.
 */
class CriterionRow extends FormLayout {

    private static final String KEY = "commitment.CriterionRow.";

    final Long id;
    private final TextField name = new TextField();
    private final ComboBox<String> source = new ComboBox<>();
    private final TextField unit = new TextField();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final TextField baseline = new TextField();
    private final TextField committed = new TextField();
    private final TextField target = new TextField();
    private final TextField stretch = new TextField();
    private final IntegerField weight = new IntegerField();
    private final ComboBox<Long> ddci = new ComboBox<>();
    private final ComboBox<String> pci = new ComboBox<>();
    private final Map<String, TextField> figures = new LinkedHashMap<>();

    CriterionRow(CriterionView existing, CriterionLabels labels, Runnable weightsChanged, Consumer<CriterionRow> remove) {
        this.id = existing == null ? null : existing.id();
        addClassName("criterion-row");
        name.setLabel(getTranslation(KEY + "name"));
        source.setLabel(getTranslation(KEY + "source"));
        source.setItems(labels.sourceKeys());
        source.setItemLabelGenerator(labels::source);
        source.setValue(CriterionForm.MANUAL);
        source.addValueChangeListener(event -> {
            String fixed = labels.unitOf(event.getValue());
            unit.setReadOnly(fixed != null);
            if (fixed != null) {
                unit.setValue(fixed);
            }
        });
        unit.setLabel(getTranslation(KEY + "unit"));
        unit.setHelperText(getTranslation(KEY + "unitHelp"));
        direction.setLabel(getTranslation(KEY + "direction"));
        direction.setItems(Arrays.asList(Direction.values()));
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        direction.setValue(Direction.HIGHER_IS_BETTER);
        figures.put("baseline", baseline);
        figures.put("committedValue", committed);
        figures.put("target", target);
        figures.put("stretch", stretch);
        figures.forEach((field, input) -> {
            input.setLabel(getTranslation(KEY + field));
            input.setAllowedCharPattern("[0-9.,-]");
        });
        weight.setLabel(getTranslation(KEY + "weight"));
        weight.setMin(1);
        weight.setMax(100);
        weight.addValueChangeListener(event -> weightsChanged.run());
        ddci.setLabel(getTranslation(KEY + "ddci"));
        ddci.setItems(labels.componentIds());
        ddci.setItemLabelGenerator(labels::ddci);
        ddci.setClearButtonVisible(true);
        pci.setLabel(getTranslation(KEY + "pci"));
        pci.setItems(labels.subIndexCodes());
        pci.setItemLabelGenerator(labels::pci);
        pci.setClearButtonVisible(true);
        Button removeButton = new Button(getTranslation(KEY + "remove"), VaadinIcon.TRASH.create(), click -> remove.accept(this));
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeButton.addClassName("criterion-remove");
        if (existing != null) {
            fill(existing);
        }
        add(name, source, unit, direction, baseline, committed, target, stretch, weight, ddci, pci, removeButton);
        setColspan(name, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 4));
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)");
    }

    private void fill(CriterionView existing) {
        name.setValue(existing.name());
        source.setValue(existing.source());
        unit.setValue(existing.unit());
        direction.setValue(existing.direction());
        baseline.setValue(CommitmentTexts.figure(existing.baseline(), getLocale()));
        committed.setValue(CommitmentTexts.figure(existing.committedValue(), getLocale()));
        target.setValue(CommitmentTexts.figure(existing.target(), getLocale()));
        stretch.setValue(CommitmentTexts.figure(existing.stretch(), getLocale()));
        weight.setValue(existing.weight());
        ddci.setValue(existing.ddciComponentId());
        pci.setValue(existing.pciSubIndexCode());
    }

    Integer weight() {
        return weight.getValue();
    }

    /** Marks figures that are not numbers; returns whether all are readable. */
    boolean figuresReadable() {
        boolean readable = true;
        for (TextField input : figures.values()) {
            try {
                CommitmentTexts.parse(input.getValue(), getLocale());
            } catch (NumberFormatException e) {
                input.setErrorMessage(getTranslation("commitment.CheckInDialog.notANumber"));
                input.setInvalid(true);
                readable = false;
            }
        }
        return readable;
    }

    CriterionForm form() {
        return new CriterionForm(id, name.getValue(), unit.getValue(), direction.getValue(), figure(baseline),
                figure(committed), figure(target), figure(stretch), weight.getValue(), ddci.getValue(), pci.getValue(),
                source.getValue());
    }

    /** Lets the service's refusals named {@code criteria.<index>.<field>} show on this row's fields. */
    void bind(FormFeedback feedback, int index) {
        Map<String, Component> fields = new LinkedHashMap<>(figures);
        fields.put("name", name);
        fields.put("source", source);
        fields.put("unit", unit);
        fields.put("direction", direction);
        fields.put("weight", weight);
        fields.put("ddciComponentId", ddci);
        fields.put("pciSubIndexCode", pci);
        fields.forEach((field, input) -> feedback.bind("criteria." + index + "." + field, (HasValidation) input));
    }

    private BigDecimal figure(TextField input) {
        return CommitmentTexts.parse(input.getValue(), getLocale());
    }
}
