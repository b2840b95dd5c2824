package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckForm;
import vn.pcitracker.licensing.bottleneck.ProposedFix;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/** The fields of a bottleneck, used by the new-bottleneck page and the edit dialog; the service decides. */
class BottleneckFormFields extends FormLayout {

    private static final String KEY = "licensing.BottleneckFormFields.";

    private final ComboBox<LicensingProcedureSummary> procedure = new ComboBox<>();
    private final ComboBox<ConditionalLineSummary> line = new ComboBox<>();
    private final ComboBox<AgencySummary> agency = new ComboBox<>();
    private final ComboBox<AgencySummary> owner = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<BottleneckCause> causes = new MultiSelectComboBox<>();
    private final IntegerField informalCostReports = new IntegerField();
    private final TextArea informalCostNote = new TextArea();
    private final MultiSelectComboBox<BottleneckChoices.Ddci> ddci = new MultiSelectComboBox<>();
    private final TextArea fixDescription = new TextArea();
    private final IntegerField conditionsRemoved = new IntegerField();
    private final IntegerField documentsRemoved = new IntegerField();
    private final IntegerField daysCut = new IntegerField();
    private final IntegerField costCut = new IntegerField();
    private final DatePicker targetDate = new DatePicker();
    private final DatePicker identifiedOn = new DatePicker();
    private final Checkbox isPublic = new Checkbox();
    private final BottleneckChoices.Lists lists;

    BottleneckFormFields(BottleneckChoices.Lists lists, boolean creating) {
        this.lists = lists;
        label();
        procedure.setItems(lists.procedures());
        procedure.setItemLabelGenerator(p -> p.code() + " · " + p.nameVi());
        procedure.addValueChangeListener(event -> suggestFromProcedure(event.getValue()));
        line.setItems(lists.lines());
        line.setItemLabelGenerator(lists::lineLabel);
        line.setClearButtonVisible(true);
        agency.setItems(lists.activeAgencies());
        agency.setItemLabelGenerator(a -> a.name(lists.locale()));
        owner.setItems(lists.activeAgencies());
        owner.setItemLabelGenerator(a -> a.name(lists.locale()));
        owner.setClearButtonVisible(true);
        causes.setItems(BottleneckCause.values());
        causes.setItemLabelGenerator(cause -> BottleneckTexts.label(this, cause));
        ddci.setItems(lists.ddci());
        ddci.setItemLabelGenerator(BottleneckChoices.Ddci::label);
        title.setMaxLength(BottleneckForm.TITLE_MAX);
        for (DatePicker picker : List.of(targetDate, identifiedOn)) {
            picker.setLocale(lists.locale());
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(LocaleFormats.datePattern(lists.locale())));
        }
        identifiedOn.setVisible(creating);
        add(procedure, line, agency, owner, title, identifiedOn, description, causes, ddci, informalCostReports,
                informalCostNote, fixDescription, conditionsRemoved, documentsRemoved, daysCut, costCut, targetDate, isPublic);
        setColspan(procedure, 2);
        setColspan(line, 2);
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(causes, 2);
        setColspan(ddci, 2);
        setColspan(informalCostNote, 2);
        setColspan(fixDescription, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private void label() {
        procedure.setLabel(getTranslation(KEY + "procedure"));
        line.setLabel(getTranslation(KEY + "line"));
        agency.setLabel(getTranslation(KEY + "agency"));
        owner.setLabel(getTranslation(KEY + "ownerAgency"));
        title.setLabel(getTranslation(KEY + "title"));
        description.setLabel(getTranslation(KEY + "description"));
        causes.setLabel(getTranslation(KEY + "causes"));
        informalCostReports.setLabel(getTranslation(KEY + "informalCostReports"));
        informalCostNote.setLabel(getTranslation(KEY + "informalCostNote"));
        ddci.setLabel(getTranslation(KEY + "ddci"));
        fixDescription.setLabel(getTranslation(KEY + "fixDescription"));
        conditionsRemoved.setLabel(getTranslation(KEY + "conditionsRemoved"));
        documentsRemoved.setLabel(getTranslation(KEY + "documentsRemoved"));
        daysCut.setLabel(getTranslation(KEY + "daysCut"));
        costCut.setLabel(getTranslation(KEY + "costCutVnd"));
        targetDate.setLabel(getTranslation(KEY + "targetDate"));
        identifiedOn.setLabel(getTranslation(KEY + "identifiedOn"));
        isPublic.setLabel(getTranslation(KEY + "public"));
    }

    /** A procedure that serves one line suggests it; its issuing agency suggests the agency concerned. */
    private void suggestFromProcedure(LicensingProcedureSummary chosen) {
        if (chosen == null) {
            return;
        }
        if (line.isEmpty() && chosen.lineIds().size() == 1) {
            lists.line(chosen.lineIds().iterator().next()).ifPresent(line::setValue);
        }
        if (agency.isEmpty()) {
            BottleneckChoices.Lists.byId(lists.activeAgencies(), AgencySummary::id, chosen.issuingAgencyId()).ifPresent(agency::setValue);
        }
    }

    FormFeedback feedback(FormFeedback feedback) {
        return feedback.bind("procedureId", procedure).bind("lineId", line).bind("agencyId", agency)
                .bind("ownerAgencyId", owner).bind("title", title).bind("description", description)
                .bind("informalCostReports", informalCostReports).bind("informalCostNote", informalCostNote)
                .bind("ddciComponentIds", ddci).bind("fixDescription", fixDescription)
                .bind("conditionsRemoved", conditionsRemoved).bind("documentsRemoved", documentsRemoved)
                .bind("daysCut", daysCut).bind("costCutVnd", costCut).bind("targetDate", targetDate)
                .bind("identifiedOn", identifiedOn);
    }

    void show(BottleneckForm form) {
        procedure.setValue(form.procedureId() == null ? null : BottleneckChoices.Lists.byId(lists.procedures(),
                LicensingProcedureSummary::id, form.procedureId()).orElse(null));
        line.setValue(lists.line(form.lineId()).orElse(null));
        agency.setValue(agencyChoice(agency, form.agencyId()));
        owner.setValue(agencyChoice(owner, form.ownerAgencyId()));
        title.setValue(Objects.requireNonNullElse(form.title(), ""));
        description.setValue(Objects.requireNonNullElse(form.description(), ""));
        causes.setValue(form.causes());
        informalCostReports.setValue(form.informalCostReports());
        informalCostNote.setValue(Objects.requireNonNullElse(form.informalCostNote(), ""));
        ddci.setValue(lists.ddci().stream().filter(d -> form.ddciComponentIds().contains(d.id())).collect(Collectors.toSet()));
        ProposedFix fix = form.fix();
        fixDescription.setValue(Objects.requireNonNullElse(fix.description(), ""));
        conditionsRemoved.setValue(fix.conditionsRemoved());
        documentsRemoved.setValue(fix.documentsRemoved());
        daysCut.setValue(fix.daysCut());
        costCut.setValue(fix.costCutVnd() == null ? null : (int) Math.min(Integer.MAX_VALUE, fix.costCutVnd()));
        targetDate.setValue(form.targetDate());
        identifiedOn.setValue(form.identifiedOn());
        isPublic.setValue(form.isPublic());
    }

    /** An agency retired since it was chosen stays choosable for this record. */
    private AgencySummary agencyChoice(ComboBox<AgencySummary> box, Long id) {
        if (id == null) {
            return null;
        }
        AgencySummary found = BottleneckChoices.Lists.byId(lists.allAgencies(), AgencySummary::id, id).orElse(null);
        if (found != null && lists.activeAgencies().stream().noneMatch(a -> a.id() == id)) {
            List<AgencySummary> items = new ArrayList<>(lists.activeAgencies());
            items.add(found);
            box.setItems(items);
        }
        return found;
    }

    BottleneckForm read() {
        Set<BottleneckCause> chosenCauses = causes.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(causes.getValue());
        return new BottleneckForm(procedure.getValue() == null ? null : procedure.getValue().id(),
                line.getValue() == null ? null : line.getValue().id(), agency.getValue() == null ? null : agency.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(), title.getValue(), description.getValue(),
                chosenCauses, informalCostReports.getValue(), informalCostNote.getValue(),
                ddci.getValue().stream().map(BottleneckChoices.Ddci::id).collect(Collectors.toSet()),
                new ProposedFix(fixDescription.getValue(), conditionsRemoved.getValue(), documentsRemoved.getValue(),
                        daysCut.getValue(), costCut.getValue() == null ? null : costCut.getValue().longValue()),
                targetDate.getValue(), isPublic.getValue(), identifiedOn.getValue());
    }
}
