package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.pcitracker.indicator.EditionSummary;
import vn.pcitracker.indicator.PciEditionService;
import vn.pcitracker.shared.ui.FormFeedback;

/** Adds a PCI edition (a year); its weights are entered afterwards. */
class EditionDialog extends Dialog {

    private static final String KEY = "indicator.EditionDialog.";

    EditionDialog(PciEditionService editions, Consumer<EditionSummary> added) {
        setHeaderTitle(getTranslation(KEY + "title"));
        addClassName("edition-dialog");
        setWidth("36rem");
        IntegerField year = new IntegerField(getTranslation(KEY + "year"));
        year.addClassName("edition-year");
        TextArea note = new TextArea(getTranslation(KEY + "note"));
        TextField sourceUrl = new TextField(getTranslation(KEY + "sourceUrl"));
        FormLayout form = new FormLayout(year);
        form.add(note, 2);
        form.add(sourceUrl, 2);
        add(form);
        FormFeedback feedback = new FormFeedback(this).bind("year", year).bind("note", note).bind("sourceUrl", sourceUrl);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            EditionSummary[] result = new EditionSummary[1];
            if (feedback.attempt(() -> result[0] = editions.addEdition(year.getValue(), note.getValue(), sourceUrl.getValue()))) {
                close();
                added.accept(result[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("edition-save");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
    }
}
