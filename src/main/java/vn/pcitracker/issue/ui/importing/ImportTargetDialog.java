package vn.pcitracker.issue.ui.importing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.issue.ImportTarget;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * Before importing from the inbox: the dialogue session the recommendations were raised at, if any; otherwise the
 * channel for rows that name none ("Nhập từ tệp" unless chosen otherwise).
 */
public class ImportTargetDialog extends Dialog {

    private static final String KEY = IssueImportLauncher.KEY;

    final ComboBox<DialogueRef> dialogue = new ComboBox<>();
    final ComboBox<IssueChannel> channel = new ComboBox<>();
    final Button next = new Button();

    ImportTargetDialog(List<DialogueRef> dialogues, BiConsumer<ImportTarget, DialogueRef> chosen) {
        setHeaderTitle(getTranslation(KEY + "targetTitle"));
        addClassName("issue-import-target");
        dialogue.setLabel(getTranslation(KEY + "dialogue"));
        dialogue.setItems(dialogues);
        dialogue.setItemLabelGenerator(ref -> ref.title() + (ref.heldOn() == null ? ""
                : " (" + LocaleFormats.date(ref.heldOn(), getLocale()) + ")"));
        dialogue.setClearButtonVisible(true);
        dialogue.setWidthFull();
        dialogue.setHelperText(getTranslation(KEY + "dialogueHelp"));
        channel.setLabel(getTranslation(KEY + "channel"));
        channel.setItems(IssueChannel.recordedByHand().stream().filter(c -> c != IssueChannel.DIALOGUE).toList());
        channel.setItemLabelGenerator(value -> getTranslation("issue.IssueChannel." + value.name()));
        channel.setValue(IssueChannel.IMPORT);
        channel.setHelperText(getTranslation(KEY + "channelHelp"));
        channel.setWidthFull();
        dialogue.addValueChangeListener(event -> channel.setEnabled(event.getValue() == null));
        next.setText(getTranslation(KEY + "next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("issue-import-next");
        next.addClickListener(click -> {
            close();
            DialogueRef session = dialogue.getValue();
            chosen.accept(session == null ? ImportTarget.channel(channel.getValue()) : ImportTarget.dialogue(session.id()),
                    session);
        });
        Button cancel = new Button(getTranslation(KEY + "cancel"), click -> close());
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation(KEY + "targetHelp")), dialogue, channel);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, next);
        setWidth("36rem");
        setMaxWidth("100%");
    }
}
