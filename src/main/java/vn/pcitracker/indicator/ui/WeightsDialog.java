package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import vn.pcitracker.indicator.EditionSummary;
import vn.pcitracker.indicator.PciEditionService;
import vn.pcitracker.indicator.PciRules;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * The official weights of one edition: one field per sub-index, the current sum said live (it must reach 100), and
 * the document they come from. The service decides; its refusals show on the fields.
 */
class WeightsDialog extends Dialog {

    private static final String KEY = "indicator.WeightsDialog.";

    private final SubIndexFields weights;
    private final TextField source = new TextField();
    private final Paragraph sum = new Paragraph();

    WeightsDialog(EditionSummary edition, List<SubIndex> subIndices, PciEditionService editions,
                  Consumer<EditionSummary> saved) {
        setHeaderTitle(getTranslation(KEY + "title", String.valueOf(edition.year())));
        addClassName("weights-dialog");
        setWidth("44rem");
        weights = new SubIndexFields(subIndices, getLocale(), 0, "weight-field");
        weights.setValues(edition.weights());
        weights.onChange(this::showSum);
        source.setLabel(getTranslation(KEY + "source"));
        source.setHelperText(getTranslation(KEY + "sourceHelp"));
        source.setValue(edition.weightsSource() == null ? "" : edition.weightsSource());
        source.setWidthFull();
        sum.addClassName("weights-sum");
        FormLayout form = new FormLayout();
        weights.fields().forEach(form::add);
        form.add(source, 2);
        add(new Paragraph(getTranslation(KEY + "help")), form, sum);
        showSum();
        FormFeedback feedback = weights.bindTo(new FormFeedback(this)).bind("source", source);
        Button save = new Button(getTranslation(KEY + "save"), click -> {
            EditionSummary[] result = new EditionSummary[1];
            if (feedback.attempt(() -> result[0] = editions.enterWeights(edition.year(), weights.values(),
                    source.getValue(), edition.version()))) {
                close();
                saved.accept(result[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("weights-save");
        getFooter().add(new Button(getTranslation(KEY + "cancel"), click -> close()), save);
    }

    private void showSum() {
        BigDecimal total = weights.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = total.compareTo(PciRules.WEIGHT_TOTAL) == 0;
        sum.setText(getTranslation(complete ? KEY + "sumComplete" : KEY + "sumIncomplete", weights.format(total)));
        sum.getElement().getThemeList().set("badge", true);
        sum.getElement().getThemeList().set("success", complete);
        sum.getElement().getThemeList().set("error", !complete);
    }

    String shownSum() {
        return sum.getText();
    }

    SubIndexFields weights() {
        return weights;
    }
}
