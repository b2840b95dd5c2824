package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentForm;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.UnitKind;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * Records or edits a commitment with its criteria, for investment officers and administrators. The service checks
 * everything and its refusals show on the fields; the weight total beside the criteria is only a comfort.
 */
@Route("commitments/new")
@RouteAlias("commitments/:id([0-9]+)/edit")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.ADMIN})
class CommitmentFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "commitment.CommitmentFormView.";

    private final CommitmentService commitments;
    private final CriterionLabels labels;
    private final H2 heading = new H2();
    private final TextField title = new TextField();
    private final DatePicker periodFrom;
    private final DatePicker periodTo;
    private final ComboBox<AgencySummary> signingAgency = new ComboBox<>();
    private final TextField signerTitle = new TextField();
    private final RadioButtonGroup<UnitKind> unitKind = new RadioButtonGroup<>();
    private final TextArea divisions = new TextArea();
    private final MultiSelectComboBox<AgencySummary> unitAgencies = new MultiSelectComboBox<>();
    private final DatePicker signedOn;
    private final TextField documentReference = new TextField();
    private final VerticalLayout criteria = new VerticalLayout();
    private final List<CriterionRow> rows = new ArrayList<>();
    private final Span weightTotal = new Span();
    private final List<AgencySummary> agencies;
    private CommitmentDetails existing;

    CommitmentFormView(CommitmentService commitments, AgencyService agencyService, DdciService ddci, PciService pci) {
        this.commitments = commitments;
        this.labels = new CriterionLabels(this, getLocale(), ddci, pci, commitments.liveSources());
        this.agencies = agencyService.activeAgencies();
        periodFrom = CommitmentTexts.datePicker(getTranslation(KEY + "periodFrom"), getLocale());
        periodTo = CommitmentTexts.datePicker(getTranslation(KEY + "periodTo"), getLocale());
        signedOn = CommitmentTexts.datePicker(getTranslation(KEY + "signedOn"), getLocale());
        configureFields();
        FormLayout form = new FormLayout(title, periodFrom, periodTo, signingAgency, signerTitle, unitKind, divisions,
                unitAgencies, signedOn, documentReference);
        form.setColspan(title, 2);
        form.setColspan(unitKind, 2);
        form.setColspan(divisions, 2);
        form.setColspan(unitAgencies, 2);
        criteria.setPadding(false);
        Button addCriterion = new Button(getTranslation(KEY + "addCriterion"), VaadinIcon.PLUS.create(), click -> addRow(null));
        addCriterion.addClassName("criterion-add");
        weightTotal.addClassName("weight-total");
        Button save = new Button(getTranslation(KEY + "save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("commitment-save");
        Button cancel = new Button(getTranslation(KEY + "cancel"), click -> back());
        add(heading, form, new H3(getTranslation(KEY + "criteria")), criteria, new HorizontalLayout(addCriterion, weightTotal),
                new HorizontalLayout(save, cancel));
        setMaxWidth("72rem");
    }

    private void configureFields() {
        title.setLabel(getTranslation(KEY + "title"));
        signingAgency.setLabel(getTranslation(KEY + "signingAgency"));
        signingAgency.setItems(agencies);
        signingAgency.setItemLabelGenerator(a -> a.name(getLocale()));
        signerTitle.setLabel(getTranslation(KEY + "signerTitle"));
        signerTitle.setPlaceholder(getTranslation(KEY + "signerTitleExample"));
        unitKind.setLabel(getTranslation(KEY + "unitKind"));
        unitKind.setItems(Arrays.asList(UnitKind.values()));
        unitKind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        unitKind.addValueChangeListener(event -> showUnits());
        unitKind.setValue(UnitKind.DIVISION);
        divisions.setLabel(getTranslation(KEY + "divisions"));
        divisions.setHelperText(getTranslation(KEY + "divisionsHelp"));
        unitAgencies.setLabel(getTranslation(KEY + "unitAgencies"));
        unitAgencies.setItems(agencies);
        unitAgencies.setItemLabelGenerator(a -> a.name(getLocale()));
        documentReference.setLabel(getTranslation(KEY + "documentReference"));
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        periodFrom.setValue(LocalDate.of(year, 1, 1));
        periodTo.setValue(LocalDate.of(year, 12, 31));
    }

    private void showUnits() {
        divisions.setVisible(unitKind.getValue() != UnitKind.AGENCY);
        unitAgencies.setVisible(unitKind.getValue() == UnitKind.AGENCY);
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        existing = event.getRouteParameters().get("id").map(Long::parseLong).flatMap(commitments::find).orElse(null);
        heading.setText(getTranslation(KEY + (existing == null ? "newTitle" : "editTitle")));
        if (existing != null) {
            fill(existing);
        } else if (rows.isEmpty()) {
            addRow(null);
        }
    }

    private void fill(CommitmentDetails c) {
        title.setValue(c.title());
        periodFrom.setValue(c.periodFrom());
        periodTo.setValue(c.periodTo());
        signingAgency.setValue(agencies.stream().filter(a -> a.id() == c.signingAgencyId()).findFirst().orElse(null));
        signerTitle.setValue(c.signerTitle());
        unitKind.setValue(c.unitKind());
        divisions.setValue(c.units().stream().map(CommitmentDetails.Unit::divisionName).filter(Objects::nonNull)
                .collect(Collectors.joining("\n")));
        unitAgencies.setValue(agencies.stream().filter(a -> c.units().stream().anyMatch(u -> Objects.equals(u.agencyId(), a.id())))
                .collect(Collectors.toSet()));
        signedOn.setValue(c.signedOn());
        documentReference.setValue(c.documentReference() == null ? "" : c.documentReference());
        rows.clear();
        criteria.removeAll();
        c.criteria().forEach(this::addRow);
    }

    private void addRow(CommitmentDetails.CriterionView criterion) {
        CriterionRow row = new CriterionRow(criterion, labels, this::showWeightTotal, this::remove);
        rows.add(row);
        criteria.add(row);
        showWeightTotal();
    }

    private void remove(CriterionRow row) {
        if (row.id == null) {
            drop(row);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(KEY + "removeTitle"), getTranslation(KEY + "removeText"),
                getTranslation(KEY + "remove"), event -> drop(row), getTranslation(KEY + "cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.addClassName("criterion-remove-confirm");
        confirm.open();
    }

    private void drop(CriterionRow row) {
        rows.remove(row);
        criteria.remove(row);
        showWeightTotal();
    }

    private void showWeightTotal() {
        int total = rows.stream().map(CriterionRow::weight).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        weightTotal.setText(getTranslation(KEY + "weightTotal", String.valueOf(total)));
        weightTotal.getStyle().set("color", total == 100 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private void save() {
        boolean readable = rows.stream().map(CriterionRow::figuresReadable).reduce(true, Boolean::logicalAnd);
        if (!readable) {
            return;
        }
        FormFeedback feedback = new FormFeedback(this).bind("title", title).bind("periodFrom", periodFrom)
                .bind("periodTo", periodTo).bind("signingAgencyId", signingAgency).bind("signerTitle", signerTitle)
                .bind("unitKind", unitKind).bind("units", unitKind.getValue() == UnitKind.AGENCY ? unitAgencies : divisions)
                .bind("signedOn", signedOn).bind("documentReference", documentReference);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bind(feedback, i);
        }
        CommitmentForm form = new CommitmentForm(title.getValue(), periodFrom.getValue(), periodTo.getValue(),
                signingAgency.getValue() == null ? null : signingAgency.getValue().id(), signerTitle.getValue(),
                unitKind.getValue(), divisions.getValue().lines().toList(),
                unitAgencies.getValue().stream().map(AgencySummary::id).sorted().toList(), signedOn.getValue(),
                documentReference.getValue(), rows.stream().map(CriterionRow::form).toList());
        CommitmentDetails[] saved = new CommitmentDetails[1];
        if (feedback.attempt(() -> saved[0] = existing == null ? commitments.create(form)
                : commitments.update(existing.id(), form, existing.version()))) {
            FormFeedback.success(this, KEY + "saved");
            UI.getCurrent().navigate(CommitmentView.class, new RouteParameters("id", String.valueOf(saved[0].id())));
        }
    }

    private void back() {
        if (existing == null) {
            UI.getCurrent().navigate(CommitmentListView.class);
        } else {
            UI.getCurrent().navigate(CommitmentView.class, new RouteParameters("id", String.valueOf(existing.id())));
        }
    }
}
