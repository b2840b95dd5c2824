package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.ui.FormFeedback;

/** Routes several recommendations at once to one lead agency: all of them or, if one is refused, none. */
class BulkAssignDialog extends Dialog {

    private static final String KEY = "issue.BulkAssignDialog.";

    BulkAssignDialog(List<AgencySummary> agencies, Set<Long> ids, BiConsumer<Set<Long>, Assignment> save, Runnable done) {
        setHeaderTitle(getTranslation(KEY + "title", ids.size()));
        ComboBox<AgencySummary> lead = new ComboBox<>(getTranslation(KEY + "lead"), agencies);
        lead.setItemLabelGenerator(agency -> agency.name(getLocale()));
        lead.setRequiredIndicatorVisible(true);
        MultiSelectComboBox<AgencySummary> coordinators = new MultiSelectComboBox<>(getTranslation(KEY + "coordinators"), agencies);
        coordinators.setItemLabelGenerator(agency -> agency.name(getLocale()));
        DatePicker deadline = IssueTexts.datePicker(this, getTranslation(KEY + "deadline"));
        deadline.setHelperText(getTranslation(KEY + "deadlineHelp"));
        TextArea note = new TextArea(getTranslation(KEY + "note"));
        FormLayout form = new FormLayout(lead, coordinators, deadline, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        FormFeedback feedback = new FormFeedback(this).bind("leadAgencyId", lead).bind("coordinatorAgencyIds", coordinators)
                .bind("deadline", deadline).bind("note", note);
        Button assign = new Button(getTranslation(KEY + "assign"), click -> {
            if (feedback.attempt(() -> save.accept(ids, new Assignment(lead.getValue() == null ? 0 : lead.getValue().id(),
                    coordinators.getValue().stream().map(AgencySummary::id).collect(Collectors.toSet()),
                    deadline.getValue(), note.getValue())))) {
                FormFeedback.success(this, KEY + "done");
                close();
                done.run();
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), assign);
        setWidth("32rem");
    }
}
