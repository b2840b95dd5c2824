package vn.pcitracker.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import vn.pcitracker.api.NewApiKey;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * Issues a key for an association or a named channel, then shows the key once: it is stored only as a hash, so
 * closing the dialog is the last chance to copy it.
 */
class IssueApiKeyDialog extends Dialog {

    private static final String KEY = ApiKeyListView.KEY;
    static final int DEFAULT_PER_MINUTE = 60;

    enum Holder { ASSOCIATION, CHANNEL }

    private final TextField label = new TextField();
    private final RadioButtonGroup<Holder> holder = new RadioButtonGroup<>();
    private final ComboBox<AssociationSummary> association = new ComboBox<>();
    private final TextField channel = new TextField();
    private final IntegerField perMinute = new IntegerField();
    private final TextField secret = new TextField();

    /** {@code save} issues the key and returns it, or throws the service's validation errors. */
    IssueApiKeyDialog(List<AssociationSummary> associations, Function<NewApiKey, String> save) {
        setHeaderTitle(getTranslation(KEY + "issueTitle"));
        label.setLabel(getTranslation(KEY + "label"));
        holder.setLabel(getTranslation(KEY + "holder"));
        holder.setItems(Holder.values());
        holder.setItemLabelGenerator(h -> getTranslation(KEY + "holder." + h.name()));
        holder.setValue(Holder.ASSOCIATION);
        association.setLabel(getTranslation(KEY + "association"));
        association.setItems(associations);
        association.setItemLabelGenerator(a -> a.name(getLocale()));
        channel.setLabel(getTranslation(KEY + "channelName"));
        channel.setVisible(false);
        holder.addValueChangeListener(change -> {
            association.setVisible(change.getValue() == Holder.ASSOCIATION);
            channel.setVisible(change.getValue() == Holder.CHANNEL);
        });
        perMinute.setLabel(getTranslation(KEY + "limit"));
        perMinute.setValue(DEFAULT_PER_MINUTE);
        perMinute.setStepButtonsVisible(true);
        FormLayout form = new FormLayout(label, holder, association, channel, perMinute);
        add(form);
        FormFeedback feedback = new FormFeedback(this).bind("label", label).bind("associationId", association)
                .bind("channelName", channel).bind("requestsPerMinute", perMinute);
        Button cancel = new Button(getTranslation(KEY + "cancel"), click -> close());
        Button issue = new Button(getTranslation(KEY + "issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(click -> {
            String[] issued = new String[1];
            if (feedback.attempt(() -> issued[0] = save.apply(form()))) {
                showOnce(issued[0]);
            }
        });
        getFooter().add(cancel, issue);
    }

    private NewApiKey form() {
        boolean forAssociation = holder.getValue() == Holder.ASSOCIATION;
        return new NewApiKey(label.getValue(), forAssociation && association.getValue() != null
                ? association.getValue().id() : null, forAssociation ? null : channel.getValue(),
                perMinute.getValue() == null ? 0 : perMinute.getValue());
    }

    private void showOnce(String key) {
        removeAll();
        getFooter().removeAll();
        secret.setLabel(getTranslation(KEY + "secret"));
        secret.setValue(key);
        secret.setReadOnly(true);
        secret.setWidthFull();
        add(new Paragraph(getTranslation(KEY + "shownOnce")), secret);
        Button done = new Button(getTranslation(KEY + "done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
