package vn.pcitracker.licensing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LicensingProcedureForm;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.ui.FormFeedback;

/** Records or corrects a licensing procedure; the service's refusals show on the fields. */
class ProcedureFormDialog extends Dialog {

    private static final String KEY = "licensing.ProcedureFormDialog.";

    private final TextField code = new TextField();
    private final TextArea name = new TextArea();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final IntegerField statutoryDays = new IntegerField();
    private final IntegerField reducedDays = new IntegerField();
    private final MultiSelectComboBox<ConditionalLineSummary> lines = new MultiSelectComboBox<>();

    ProcedureFormDialog(LicensingProcedureSummary existing, List<AgencySummary> agencies,
                        List<ConditionalLineSummary> lineChoices, Consumer<LicensingProcedureForm> onSave) {
        setHeaderTitle(getTranslation(KEY + (existing == null ? "newTitle" : "editTitle")));
        setWidth("44rem");
        code.setLabel(getTranslation(KEY + "code"));
        name.setLabel(getTranslation(KEY + "name"));
        agency.setLabel(getTranslation(KEY + "agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        statutoryDays.setLabel(getTranslation(KEY + "statutoryDays"));
        reducedDays.setLabel(getTranslation(KEY + "reducedDays"));
        lines.setLabel(getTranslation(KEY + "lines"));
        lines.setItems(lineChoices);
        lines.setItemLabelGenerator(line -> line.legalBasisCode() + " · " + line.number() + ". " + line.name(getLocale()));
        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.nameVi());
            agencies.stream().filter(a -> a.id() == existing.issuingAgencyId()).findFirst().ifPresent(agency::setValue);
            statutoryDays.setValue(existing.statutoryDays());
            reducedDays.setValue(existing.reducedDays());
            lines.setValue(lineChoices.stream().filter(line -> existing.lineIds().contains(line.id())).collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(code, agency, name, statutoryDays, reducedDays, lines);
        form.setColspan(name, 2);
        form.setColspan(lines, 2);
        add(form);
        FormFeedback feedback = new FormFeedback(this).bind("code", code).bind("nameVi", name)
                .bind("issuingAgencyId", agency).bind("statutoryDays", statutoryDays).bind("reducedDays", reducedDays)
                .bind("lineIds", lines);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> onSave.accept(form()))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
    }

    private LicensingProcedureForm form() {
        Set<Long> lineIds = lines.getValue().stream().map(ConditionalLineSummary::id).collect(Collectors.toSet());
        return new LicensingProcedureForm(code.getValue(), name.getValue(),
                agency.getValue() == null ? null : agency.getValue().id(), statutoryDays.getValue(),
                reducedDays.getValue(), lineIds);
    }
}
