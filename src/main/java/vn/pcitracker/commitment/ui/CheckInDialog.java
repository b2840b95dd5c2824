package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.pcitracker.commitment.CheckInForm;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;
import vn.pcitracker.commitment.CommitmentDetails.Unit;
import vn.pcitracker.commitment.Quarter;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * A quarterly check-in: unit, criterion, quarter, value, status and note. For a live criterion the value is not
 * typed: the dialog says it is computed automatically and the service stores the computed figure. The service's
 * refusals show on their fields; after saving, {@code done} gets the commitment and the new check-in's id, so that
 * evidence files can be added to it.
 */
class CheckInDialog extends Dialog {

    private static final String KEY = "commitment.CheckInDialog.";

    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<CriterionView> criterion = new ComboBox<>();
    private final ComboBox<Quarter> quarter = new ComboBox<>();
    private final TextField value = new TextField();
    private final ComboBox<CheckInStatus> status = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final Paragraph computed = new Paragraph();
    private final CriterionLabels labels;

    CheckInDialog(CommitmentDetails commitment, Map<Long, AgencySummary> agencies, CriterionLabels labels,
                  List<Quarter> quarters, Function<CheckInForm, CommitmentDetails> save,
                  BiConsumer<CommitmentDetails, Long> done) {
        this.labels = labels;
        setHeaderTitle(getTranslation(KEY + "title"));
        addClassName("check-in-dialog");
        setWidth("40rem");
        unit.setLabel(getTranslation(KEY + "unit"));
        unit.setItems(commitment.units().stream().filter(u -> commitment.checkInUnitIds().contains(u.id())).toList());
        unit.setItemLabelGenerator(u -> CommitmentTexts.unitName(u, agencies, getLocale()));
        criterion.setLabel(getTranslation(KEY + "criterion"));
        criterion.setItems(commitment.criteria());
        criterion.setItemLabelGenerator(c -> c.name() + " (" + c.unit() + ")");
        criterion.addValueChangeListener(event -> showSource(event.getValue()));
        quarter.setLabel(getTranslation(KEY + "quarter"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(q -> "Q" + q.quarter() + "/" + q.year());
        if (!quarters.isEmpty()) {
            quarter.setValue(quarters.getLast());
        }
        value.setLabel(getTranslation(KEY + "value"));
        value.setAllowedCharPattern("[0-9.,]");
        status.setLabel(getTranslation(KEY + "status"));
        status.setItems(Arrays.asList(CheckInStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        note.setLabel(getTranslation(KEY + "note"));
        note.setHelperText(getTranslation(KEY + "noteHelp"));
        computed.addClassName("check-in-computed");
        computed.setVisible(false);
        if (unit.getListDataView().getItemCount() == 1) {
            unit.setValue(unit.getListDataView().getItem(0));
        }
        FormLayout form = new FormLayout(unit, criterion, quarter, status, value, computed, note);
        form.setColspan(criterion, 2);
        form.setColspan(note, 2);
        form.setColspan(computed, 2);
        add(form);
        FormFeedback feedback = new FormFeedback(this).bind("unitId", unit).bind("quarter", quarter).bind("value", value)
                .bind("status", status).bind("note", note);
        Button saveButton = new Button(getTranslation(KEY + "save"), click -> submit(commitment, save, done, feedback));
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.addClassName("check-in-save");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), saveButton);
    }

    private void showSource(CriterionView chosen) {
        boolean live = chosen != null && chosen.live();
        value.setVisible(!live);
        computed.setVisible(live);
        computed.setText(live ? getTranslation(KEY + "computed", labels.formula(chosen.source())) : "");
    }

    private void submit(CommitmentDetails commitment, Function<CheckInForm, CommitmentDetails> save,
                        BiConsumer<CommitmentDetails, Long> done, FormFeedback feedback) {
        if (criterion.getValue() == null) {
            criterion.setErrorMessage(getTranslation("shared.validation.required"));
            criterion.setInvalid(true);
            return;
        }
        criterion.setInvalid(false);
        BigDecimal typed;
        try {
            typed = value.isVisible() ? CommitmentTexts.parse(value.getValue(), getLocale()) : null;
        } catch (NumberFormatException e) {
            value.setErrorMessage(getTranslation(KEY + "notANumber"));
            value.setInvalid(true);
            return;
        }
        Quarter q = quarter.getValue();
        CheckInForm form = new CheckInForm(criterion.getValue().id(), unit.getValue() == null ? null : unit.getValue().id(),
                q == null ? null : q.year(), q == null ? null : q.quarter(), typed, status.getValue(), note.getValue());
        CommitmentDetails[] updated = new CommitmentDetails[1];
        if (feedback.attempt(() -> updated[0] = save.apply(form))) {
            close();
            FormFeedback.success(this, KEY + "saved");
            done.accept(updated[0], CommitmentView.newest(commitment, updated[0]).orElse(null));
        }
    }
}
