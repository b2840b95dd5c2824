package vn.pcitracker.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.pcitracker.organization.AgencySummary;

/**
 * Ends an agency's validity and names who takes over. Nothing is deleted: issues and scores stay with the
 * agency and roll up to the primary successor.
 */
class AgencyRetireDialog extends ConfirmDialog {

    private static final String KEY = "organization.AgencyRetireDialog.";

    AgencyRetireDialog(AgencySummary agency, Map<Long, AgencySummary> byId, BiConsumer<LocalDate, List<Long>> onRetire) {
        Locale locale = getLocale();
        List<AgencySummary> candidates = byId.values().stream()
                .filter(other -> other.id() != agency.id() && !other.retiredOn(LocalDate.now())).toList();
        DatePicker validTo = new DatePicker(getTranslation(KEY + "validTo"), agency.validTo() != null ? agency.validTo() : LocalDate.now());
        validTo.setLocale(locale);
        validTo.setRequired(true);
        ComboBox<AgencySummary> primary = AgencyChoices.single(getTranslation(KEY + "primarySuccessor"), candidates, locale);
        MultiSelectComboBox<AgencySummary> others = AgencyChoices.multiple(getTranslation(KEY + "otherSuccessors"), candidates, locale);
        AgencyChoices.show(agency.successorIds(), byId, primary, others);

        setHeader(getTranslation(KEY + "header", agency.name(locale)));
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation(KEY + "text")), validTo, primary, others);
        body.setPadding(false);
        setText(body);
        setCancelable(true);
        setCancelText(getTranslation(KEY + "cancel"));
        setConfirmText(getTranslation(KEY + "confirm"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(event -> onRetire.accept(validTo.getValue(), AgencyChoices.read(primary, others)));
    }
}
