package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import vn.pcitracker.licensing.bottleneck.BottleneckAction;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckService;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * One workflow move with its note: verifying asks for the median days measured after the fix, dropping for a
 * reason and then a confirmation, since a dropped bottleneck cannot be reopened.
 */
class BottleneckActionDialog extends Dialog {

    private static final String KEY = "licensing.BottleneckActionDialog.";

    private final TextArea note = new TextArea();
    private final TextField measured = new TextField();

    BottleneckActionDialog(BottleneckService service, BottleneckDetails bottleneck, BottleneckAction action, Runnable done) {
        setHeaderTitle(BottleneckTexts.label(this, action) + " · " + bottleneck.code());
        setWidth("32rem");
        addClassName("bottleneck-action-dialog");
        boolean drop = action == BottleneckAction.DROP;
        note.setLabel(getTranslation(KEY + (drop ? "reason" : "note")));
        note.setWidthFull();
        FormFeedback feedback = new FormFeedback(this).bind(drop ? "reason" : "note", note).bind("measuredDaysAfter", measured);
        if (action == BottleneckAction.VERIFY) {
            measured.setLabel(getTranslation(KEY + "measuredDaysAfter"));
            measured.setHelperText(getTranslation(KEY + "measuredHelp"));
            add(measured);
        }
        if (action == BottleneckAction.PROPOSE_FIX) {
            add(new Paragraph(getTranslation(KEY + "proposeHelp")));
        }
        add(note);
        Runnable perform = () -> {
            switch (action) {
                case VERIFY -> service.verify(bottleneck.id(), decimal(measured, "measuredDaysAfter", getLocale()), note.getValue(), bottleneck.version());
                case DROP -> service.drop(bottleneck.id(), note.getValue(), bottleneck.version());
                default -> service.move(bottleneck.id(), action, note.getValue(), bottleneck.version());
            }
        };
        Button confirm = new Button(BottleneckTexts.label(this, action), click -> {
            if (drop && !note.isEmpty()) {
                ConfirmDialog.open(this, getTranslation(KEY + "dropConfirm", bottleneck.code()), () -> {
                    perform.run();
                    finish(done);
                });
            } else if (feedback.attempt(perform)) {
                finish(done);
            }
        });
        confirm.addThemeVariants(drop ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
        confirm.addClassName("bottleneck-action-confirm");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), confirm);
    }

    private void finish(Runnable done) {
        close();
        done.run();
    }

    /** Days typed as the user's language writes them ("12,5" in Vietnamese); blank is null. */
    static BigDecimal decimal(TextField field, String name, Locale locale) {
        String text = field.getValue() == null ? "" : field.getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(text, position);
        if (number == null || position.getIndex() != text.length()) {
            throw new ValidationException(name, "licensing.BottleneckActionDialog.notANumber");
        }
        return new BigDecimal(number.toString());
    }
}
