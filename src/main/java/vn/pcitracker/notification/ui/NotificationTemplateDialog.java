package vn.pcitracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.pcitracker.notification.TemplateSummary;
import vn.pcitracker.shared.ui.FormFeedback;

/** Edits one template; the save callback calls the service, which refuses unknown placeholders. */
class NotificationTemplateDialog extends Dialog {

    private static final String KEY = "notification.NotificationTemplateDialog.";

    private final TextField subject = new TextField(getTranslation(KEY + "subject"));
    private final TextArea body = new TextArea(getTranslation(KEY + "body"));

    NotificationTemplateDialog(TemplateSummary template, Consumer<TemplateSummary> save) {
        setHeaderTitle(getTranslation(KEY + "title", getTranslation("notification.NotificationKind." + template.kind().name()),
                getTranslation("notification.NotificationTemplateListView.language." + template.language())));
        setWidth("min(48rem, 95vw)");
        subject.setValue(template.subject());
        subject.setWidthFull();
        body.setValue(template.body());
        body.setWidthFull();
        body.setMinHeight("14rem");
        String placeholders = template.kind().placeholders().stream().map(p -> "{" + p + "}").collect(Collectors.joining(" "));
        FormLayout form = new FormLayout(subject, body);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation(KEY + "placeholders", placeholders)), form);
        Button saveButton = new Button(getTranslation(KEY + "save"), click -> {
            TemplateSummary changed = new TemplateSummary(template.id(), template.kind(), template.language(),
                    subject.getValue(), body.getValue(), template.version());
            FormFeedback feedback = new FormFeedback(this).bind("subject", subject).bind("body", body);
            if (feedback.attempt(() -> save.accept(changed))) {
                Notification.show(getTranslation(KEY + "saved"));
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), saveButton);
    }
}
