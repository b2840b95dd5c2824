package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import vn.pcitracker.indicator.PciGoalForm;
import vn.pcitracker.indicator.ProvinceGoal;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * Creates or changes a PCI goal: year, target composite and rank, optional targets per sub-index, and the plan or
 * decision it comes from. {@code save} calls the service; its refusals show on the fields.
 */
class GoalDialog extends Dialog {

    private static final String KEY = "indicator.GoalDialog.";

    final IntegerField year = new IntegerField();
    final TextField composite = new TextField();
    final IntegerField rank = new IntegerField();
    final TextField sourceDocument = new TextField();
    final TextField sourceUrl = new TextField();
    final TextArea note = new TextArea();
    final SubIndexFields targets;

    GoalDialog(ProvinceGoal goal, List<SubIndex> subIndices, Function<PciGoalForm, ProvinceGoal> save, Runnable saved) {
        setHeaderTitle(goal == null ? getTranslation(KEY + "newTitle")
                : getTranslation(KEY + "editTitle", String.valueOf(goal.year())));
        addClassName("goal-dialog");
        setWidth("48rem");
        year.setLabel(getTranslation(KEY + "year"));
        composite.setLabel(getTranslation(KEY + "composite"));
        composite.setAllowedCharPattern("[0-9.,]");
        rank.setLabel(getTranslation(KEY + "rank"));
        rank.setMin(1);
        sourceDocument.setLabel(getTranslation(KEY + "sourceDocument"));
        sourceDocument.setRequiredIndicatorVisible(true);
        sourceUrl.setLabel(getTranslation(KEY + "sourceUrl"));
        note.setLabel(getTranslation(KEY + "note"));
        targets = new SubIndexFields(subIndices, getLocale(), 2, "goal-target");
        if (goal != null) {
            year.setValue(goal.year());
            composite.setValue(SubIndexFields.format(goal.targetComposite(), getLocale(), 2));
            rank.setValue(goal.targetRank());
            sourceDocument.setValue(goal.sourceDocument());
            sourceUrl.setValue(goal.sourceUrl() == null ? "" : goal.sourceUrl());
            note.setValue(goal.note() == null ? "" : goal.note());
            targets.setValues(goal.subIndexTargets());
        }
        FormLayout form = new FormLayout(year, composite, rank);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.add(sourceDocument, 3);
        form.add(sourceUrl, 3);
        form.add(note, 3);
        FormLayout targetForm = new FormLayout();
        targets.fields().forEach(targetForm::add);
        add(form, new H4(getTranslation(KEY + "targets")), targetForm);
        FormFeedback feedback = targets.bindTo(new FormFeedback(this)).bind("year", year).bind("targetComposite", composite)
                .bind("targetRank", rank).bind("sourceDocument", sourceDocument).bind("sourceUrl", sourceUrl).bind("note", note);
        Button saveButton = new Button(getTranslation(KEY + "save"), click -> {
            if (feedback.attempt(() -> save.apply(form(goal)))) {
                close();
                saved.run();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.addClassName("goal-save");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), saveButton);
    }

    private PciGoalForm form(ProvinceGoal goal) {
        return new PciGoalForm(goal == null ? null : goal.id(), year.getValue(), SubIndexFields.parse(composite.getValue()),
                rank.getValue(), targets.values(), sourceDocument.getValue(), sourceUrl.getValue(), note.getValue());
    }
}
