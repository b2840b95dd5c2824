package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * One workflow move: collects what the move needs, runs it, and reports back. Broken rules stay on their
 * fields; when someone else changed the issue meanwhile, the user is told and {@code reload} shows the newer
 * version.
 */
class IssueActionDialog extends Dialog {

    private static final String KEY = "issue.IssueActionDialog.";

    private final FormLayout form = new FormLayout();
    private final FormFeedback feedback = new FormFeedback(this);

    IssueActionDialog(String title) {
        setHeaderTitle(title);
        addClassName("issue-action-dialog");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("32rem");
    }

    /** Adds an input whose broken rules, named {@code field} by the service, show on it. */
    <C extends Component & HasValidation> C field(String field, C input) {
        form.add(input);
        feedback.bind(field, input);
        return input;
    }

    void info(Component component) {
        form.add(component);
    }

    void confirm(String text, Supplier<IssueDetails> command, Consumer<IssueDetails> done, Runnable reload) {
        Button confirm = new Button(text, click -> run(command, done, reload));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("issue-action-confirm");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), confirm);
    }

    private void run(Supplier<IssueDetails> command, Consumer<IssueDetails> done, Runnable reload) {
        IssueDetails[] result = new IssueDetails[1];
        boolean[] outdated = {false};
        try {
            boolean saved = feedback.attempt(() -> {
                try {
                    result[0] = command.get();
                } catch (OptimisticLockingFailureException e) {
                    outdated[0] = true;
                    throw e;
                }
            });
            if (saved) {
                close();
                FormFeedback.success(this, KEY + "done");
                done.accept(result[0]);
            } else if (outdated[0]) {
                close();
                reload.run();
            }
        } catch (RecordNotFoundException e) {
            close();
            reload.run();
        }
    }
}
