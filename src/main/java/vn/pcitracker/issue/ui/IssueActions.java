package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.pcitracker.issue.Answer;
import vn.pcitracker.issue.AnswerKind;
import vn.pcitracker.issue.Assignment;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.issue.Feedback;
import vn.pcitracker.issue.IssueAction;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * The buttons of the moves the current user may take now (exactly {@link IssueDetails#allowedActions()}), each
 * opening a small dialog that collects what the move needs and calls the matching service method.
 */
final class IssueActions {

    private static final String KEY = "issue.IssueActions.";

    private final Component owner;
    private final IssueService issues;
    private final List<AgencySummary> agencies;
    private final List<DialogueRef> dialogues;
    private final boolean submitterSide;
    private final Consumer<IssueDetails> done;
    private final Runnable reload;
    private final IssueEditDialog.Factory editor;

    IssueActions(Component owner, IssueService issues, List<AgencySummary> agencies, List<DialogueRef> dialogues,
                 boolean submitterSide, IssueEditDialog.Factory editor, Consumer<IssueDetails> done, Runnable reload) {
        this.owner = owner;
        this.issues = issues;
        this.agencies = agencies;
        this.dialogues = dialogues;
        this.submitterSide = submitterSide;
        this.editor = editor;
        this.done = done;
        this.reload = reload;
    }

    /** Buttons in the workflow's order; both feedback verdicts are one button. */
    List<Button> buttons(IssueDetails issue) {
        List<Button> buttons = new ArrayList<>();
        for (IssueAction action : IssueAction.values()) {
            if (!issue.allowedActions().contains(action) || action == IssueAction.CREATE
                    || action == IssueAction.FEEDBACK_UNSATISFIED && issue.allowedActions().contains(IssueAction.FEEDBACK_SATISFIED)) {
                continue;
            }
            boolean feedback = action == IssueAction.FEEDBACK_SATISFIED || action == IssueAction.FEEDBACK_UNSATISFIED;
            Button button = new Button(feedback ? t("giveFeedback") : IssueTexts.label(owner, action), click -> open(action, issue));
            button.getElement().setAttribute("data-action", feedback ? "FEEDBACK" : action.name());
            buttons.add(button);
        }
        return buttons;
    }

    private void open(IssueAction action, IssueDetails issue) {
        long id = issue.id();
        long version = issue.version();
        if (action == IssueAction.EDIT) {
            editor.open(issue, done, reload);
            return;
        }
        IssueActionDialog dialog = new IssueActionDialog(IssueTexts.label(owner, action) + " · " + issue.code());
        String confirm = t("confirm");
        switch (action) {
            case CLASSIFY -> {
                TextArea note = dialog.field("note", note());
                dialog.confirm(confirm, () -> issues.classify(id, note.getValue(), version), done, reload);
            }
            case ASSIGN -> {
                ComboBox<AgencySummary> lead = dialog.field("leadAgencyId", agencyBox(t("lead"), agencies));
                lead.setValue(byId(issue.leadAgencyId()));
                MultiSelectComboBox<AgencySummary> coordinators = dialog.field("coordinatorAgencyIds",
                        new MultiSelectComboBox<>(t("coordinators"), agencies));
                coordinators.setItemLabelGenerator(agency -> agency.name(IssueTexts.locale(owner)));
                coordinators.setValue(issue.coordinatorAgencyIds().stream().map(this::byId).filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
                DatePicker deadline = dialog.field("deadline", IssueTexts.datePicker(owner, t("deadline")));
                deadline.setHelperText(t("deadlineHelp"));
                TextArea note = dialog.field("note", note());
                dialog.confirm(confirm, () -> issues.assign(id, new Assignment(lead.getValue() == null ? 0 : lead.getValue().id(),
                        coordinators.getValue().stream().map(AgencySummary::id).collect(Collectors.toSet()),
                        deadline.getValue(), note.getValue()), version), done, reload);
            }
            case START -> {
                TextArea note = dialog.field("note", note());
                dialog.confirm(confirm, () -> issues.start(id, note.getValue(), version), done, reload);
            }
            case CONTRIBUTE -> {
                TextArea note = dialog.field("note", note());
                note.setRequiredIndicatorVisible(true);
                dialog.confirm(confirm, () -> issues.contribute(id, note.getValue()), done, reload);
            }
            case ANSWER -> answer(dialog, id, version, confirm);
            case FEEDBACK_SATISFIED, FEEDBACK_UNSATISFIED -> feedback(dialog, issue, confirm);
            case CLOSE -> {
                TextArea note = dialog.field("note", note());
                dialog.confirm(confirm, () -> issues.close(id, note.getValue(), version), done, reload);
            }
            case RESUME -> {
                TextArea note = dialog.field("note", note());
                dialog.confirm(confirm, () -> issues.resume(id, note.getValue(), version), done, reload);
            }
            case FORWARD -> {
                ComboBox<AgencySummary> ministry = dialog.field("ministryAgencyId", agencyBox(t("ministry"),
                        agencies.stream().filter(agency -> agency.kind() == AgencyKind.CENTRAL_AGENCY).toList()));
                DatePicker on = dialog.field("forwardedOn", IssueTexts.datePicker(owner, t("forwardedOn")));
                on.setValue(LocalDate.now(IssueTexts.PROVINCE_TIME));
                TextArea note = dialog.field("note", note());
                dialog.confirm(confirm, () -> issues.forward(id, ministry.getValue() == null ? 0 : ministry.getValue().id(),
                        on.getValue(), note.getValue(), version), done, reload);
            }
            case REJECT -> {
                TextArea reason = dialog.field("reason", reason());
                dialog.confirm(confirm, () -> issues.reject(id, reason.getValue(), version), done, reload);
            }
            case WITHDRAW -> {
                TextArea note = dialog.field("note", note());
                dialog.confirm(confirm, () -> issues.withdraw(id, note.getValue(), version), done, reload);
            }
            case REQUEST_EXTENSION -> {
                DatePicker wanted = dialog.field("wantedDeadline", IssueTexts.datePicker(owner, t("wantedDeadline")));
                wanted.setRequiredIndicatorVisible(true);
                TextArea reason = dialog.field("reason", reason());
                dialog.confirm(confirm, () -> issues.requestExtension(id, wanted.getValue(), reason.getValue()), done, reload);
            }
            case EXTEND -> {
                DatePicker newDeadline = dialog.field("newDeadline", IssueTexts.datePicker(owner, t("newDeadline")));
                newDeadline.setRequiredIndicatorVisible(true);
                newDeadline.setHelperText(owner.getTranslation(KEY + "currentDeadline", LocaleFormats.date(issue.deadline(), IssueTexts.locale(owner))));
                TextArea reason = dialog.field("reason", reason());
                dialog.confirm(confirm, () -> issues.extend(id, newDeadline.getValue(), reason.getValue(), version), done, reload);
            }
            case CARRY_OVER -> {
                ComboBox<DialogueRef> dialogue = dialog.field("dialogueId", new ComboBox<>(t("dialogue"), dialogues));
                dialogue.setItemLabelGenerator(ref -> ref.title()
                        + (ref.heldOn() == null ? "" : " (" + LocaleFormats.date(ref.heldOn(), IssueTexts.locale(owner)) + ")"));
                dialogue.setRequiredIndicatorVisible(true);
                dialog.confirm(confirm, () -> issues.carryOver(id, dialogue.getValue() == null ? 0 : dialogue.getValue().id()),
                        done, reload);
            }
            case BACK -> {
                TextArea codes = dialog.field("taxCodes", new TextArea(t("backTaxCodes")));
                codes.setHelperText(t("backTaxCodesHelp"));
                dialog.confirm(confirm, () -> issues.back(id, java.util.Arrays.stream(codes.getValue().split("[,;\\n]+"))
                        .map(String::strip).filter(code -> !code.isEmpty()).toList()), done, reload);
            }
            default -> {
                return;
            }
        }
        dialog.open();
    }

    private void answer(IssueActionDialog dialog, long id, long version, String confirm) {
        RadioButtonGroup<AnswerKind> kind = dialog.field("kind", new RadioButtonGroup<>(t("answerKind")));
        kind.setItems(AnswerKind.values());
        kind.setItemLabelGenerator(value -> IssueTexts.label(owner, value));
        kind.setValue(AnswerKind.WRITTEN);
        TextArea text = dialog.field("text", new TextArea(t("answerText")));
        text.setRequiredIndicatorVisible(true);
        text.setMinHeight("8rem");
        TextField number = dialog.field("documentNumber", new TextField(t("documentNumber")));
        DatePicker date = dialog.field("documentDate", IssueTexts.datePicker(owner, t("documentDate")));
        kind.addValueChangeListener(event -> {
            boolean written = event.getValue() == AnswerKind.WRITTEN;
            number.setRequiredIndicatorVisible(written);
            date.setRequiredIndicatorVisible(written);
        });
        number.setRequiredIndicatorVisible(true);
        date.setRequiredIndicatorVisible(true);
        dialog.confirm(confirm, () -> issues.answer(id, new Answer(kind.getValue(), text.getValue(), number.getValue(),
                date.getValue()), version), done, reload);
    }

    private void feedback(IssueActionDialog dialog, IssueDetails issue, String confirm) {
        RadioButtonGroup<Boolean> satisfied = dialog.field("satisfied", new RadioButtonGroup<>(t("satisfiedQuestion")));
        satisfied.setItems(Boolean.TRUE, Boolean.FALSE);
        satisfied.setItemLabelGenerator(yes -> t(yes ? "satisfied" : "unsatisfied"));
        satisfied.setItemEnabledProvider(yes -> issue.allowedActions().contains(
                yes ? IssueAction.FEEDBACK_SATISFIED : IssueAction.FEEDBACK_UNSATISFIED));
        RadioButtonGroup<Integer> score = dialog.field("score", new RadioButtonGroup<>(t("score")));
        score.setItems(1, 2, 3, 4, 5);
        score.setItemLabelGenerator(value -> "★".repeat(value) + " " + value);
        TextArea comment = dialog.field("comment", new TextArea(t("comment")));
        Checkbox onBehalf = new Checkbox(t("onBehalf"));
        // Officers record feedback given by phone or on paper: it is always marked as such.
        onBehalf.setValue(!submitterSide);
        onBehalf.setEnabled(false);
        dialog.info(onBehalf);
        dialog.confirm(confirm, () -> issues.giveFeedback(issue.id(), new Feedback(Boolean.TRUE.equals(satisfied.getValue()),
                score.getValue() == null ? 0 : score.getValue(), comment.getValue(), onBehalf.getValue()), issue.version()),
                done, reload);
    }

    private ComboBox<AgencySummary> agencyBox(String label, List<AgencySummary> items) {
        ComboBox<AgencySummary> box = new ComboBox<>(label, items);
        box.setItemLabelGenerator(agency -> agency.name(IssueTexts.locale(owner)));
        box.setRequiredIndicatorVisible(true);
        return box;
    }

    private AgencySummary byId(Long id) {
        return id == null ? null : agencies.stream().filter(agency -> agency.id() == id).findFirst().orElse(null);
    }

    private TextArea note() {
        return new TextArea(t("note"));
    }

    private TextArea reason() {
        TextArea reason = new TextArea(t("reason"));
        reason.setRequiredIndicatorVisible(true);
        return reason;
    }

    private String t(String element) {
        return owner.getTranslation(KEY + element);
    }
}
