package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.commitment.CheckInService;
import vn.pcitracker.commitment.CommitmentAttachmentPolicy;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.GamingFlag;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * One commitment: who signed with whom, the score and how it is computed, the warnings for the reviewer, the
 * criteria, the scorecard of the units, and the check-in history with its evidence. A commitment the user may not
 * read looks the same as one that does not exist.
 */
@Route("commitments/:id([0-9]+)")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.LEADER, Role.Names.ADMIN})
class CommitmentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "commitment.CommitmentView.";

    private final CommitmentService commitments;
    private final CheckInService checkIns;
    private final AttachmentService attachments;
    private final CommitmentAttachmentPolicy evidencePolicy;
    private final Map<Long, AgencySummary> agencies;
    private final CriterionLabels labels;
    final CommitmentPageExport exports;
    private String pageTitle = "";
    private volatile long id;

    CommitmentView(CommitmentService commitments, CheckInService checkIns, AttachmentService attachments,
                   CommitmentAttachmentPolicy evidencePolicy, AgencyService agencyService, DdciService ddci, PciService pci) {
        this.commitments = commitments;
        this.checkIns = checkIns;
        this.attachments = attachments;
        this.evidencePolicy = evidencePolicy;
        this.agencies = agencyService.search("", true).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        this.labels = new CriterionLabels(this, getLocale(), ddci, pci, commitments.liveSources());
        this.exports = new CommitmentPageExport(this, getLocale(), agencies, () -> commitments.find(id));
        addClassName("commitment-page");
        setMaxWidth("80rem");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").map(Long::parseLong).orElse(-1L);
        reload();
    }

    private void reload() {
        commitments.find(id).ifPresentOrElse(this::show, this::notFound);
    }

    private void notFound() {
        removeAll();
        pageTitle = getTranslation(KEY + "notFound");
        H2 heading = new H2(pageTitle);
        heading.addClassName("commitment-not-found");
        add(heading);
    }

    private void show(CommitmentDetails commitment) {
        removeAll();
        pageTitle = commitment.title();
        H2 title = new H2(commitment.title());
        title.addClassName("commitment-title");
        add(title, facts(commitment), actions(commitment), score(commitment));
        if (!commitment.flags().isEmpty()) {
            add(flags(commitment));
        }
        add(new H3(getTranslation(KEY + "criteria")), new CriteriaGrid(commitment, labels));
        add(new H3(getTranslation(KEY + "scorecard")), exports.scorecardButtons(),
                new Scorecard(commitment, agencies, labels));
        add(new H3(getTranslation(KEY + "history")), exports.checkInButtons(),
                new CheckInHistory(commitment, agencies, labels, this::evidence));
    }

    private Component facts(CommitmentDetails c) {
        Div facts = new Div();
        facts.addClassName("commitment-facts");
        fact(facts, "period", CommitmentTexts.period(c.periodFrom(), c.periodTo(), getLocale()));
        fact(facts, "signer", CommitmentTexts.agencyName(c.signingAgencyId(), agencies, getLocale()) + " · " + c.signerTitle());
        fact(facts, "units", getTranslation(c.unitKind().labelKey()) + ": " + c.units().stream()
                .map(u -> CommitmentTexts.unitName(u, agencies, getLocale())).collect(Collectors.joining("; ")));
        fact(facts, "signedOn", LocaleFormats.date(c.signedOn(), getLocale()));
        fact(facts, "documentReference", c.documentReference());
        if (c.synthetic()) {
            facts.add(new Paragraph(getTranslation(KEY + "synthetic")));
        }
        return facts;
    }

    private void fact(Div facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph line = new Paragraph(getTranslation(KEY + key) + ": " + value);
            line.getStyle().set("margin", "0.2em 0");
            facts.add(line);
        }
    }

    private Component actions(CommitmentDetails c) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("commitment-actions");
        if (!c.checkInUnitIds().isEmpty()) {
            Button checkIn = new Button(getTranslation(KEY + "checkIn"), VaadinIcon.CHECK_SQUARE_O.create(),
                    click -> new CheckInDialog(c, agencies, labels, checkIns.openQuarters(c.periodFrom(), c.periodTo()),
                            checkIns::checkIn, this::afterCheckIn).open());
            checkIn.addThemeVariants(ButtonVariant.PRIMARY);
            checkIn.addClassName("commitment-check-in");
            buttons.add(checkIn);
        }
        if (c.mayManage()) {
            Button edit = new Button(getTranslation(KEY + "edit"), VaadinIcon.EDIT.create(), click -> UI.getCurrent()
                    .navigate(CommitmentFormView.class, new RouteParameters("id", String.valueOf(c.id()))));
            edit.addClassName("commitment-edit");
            Button retire = new Button(getTranslation(KEY + "retire"), VaadinIcon.ARCHIVE.create(), click -> confirmRetire(c));
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            retire.addClassName("commitment-retire");
            buttons.add(edit, retire);
        }
        return buttons;
    }

    private void confirmRetire(CommitmentDetails c) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(KEY + "retireTitle"),
                getTranslation(KEY + "retireText", c.title(), c.checkIns().size()), getTranslation(KEY + "retire"), confirmed -> {
            if (new FormFeedback(this).attempt(() -> commitments.retire(c.id(), c.version()))) {
                FormFeedback.success(this, KEY + "retired");
                UI.getCurrent().navigate(CommitmentListView.class);
            }
        }, getTranslation(KEY + "cancel"), cancelled -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("commitment-retire-confirm");
        dialog.open();
    }

    private void afterCheckIn(CommitmentDetails updated, Long checkInId) {
        show(updated);
        if (checkInId != null) {
            evidence(updated, checkInId);
        }
    }

    private Component score(CommitmentDetails c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("commitment-score");
        double score = c.score() == null ? 0 : c.score();
        box.add(CommitmentTexts.bar(score / 100, getTranslation(KEY + "score", CommitmentTexts.score(score, getLocale()))));
        Paragraph formula = new Paragraph(getTranslation(KEY + "formula"));
        formula.addClassName("commitment-formula");
        formula.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        box.add(formula);
        return box;
    }

    private Component flags(CommitmentDetails c) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(KEY + "flags")));
        box.setPadding(false);
        box.addClassName("commitment-flags");
        for (GamingFlag flag : c.flags()) {
            CommitmentDetails.CriterionView criterion = c.criterion(flag.criterionId());
            String explanation = flag.kind() == GamingFlag.Kind.TARGET_NOT_BEYOND_BASELINE
                    ? getTranslation(flag.kind().labelKey() + ".explain", criterion.name(),
                    CommitmentTexts.figure(criterion.target(), getLocale()), CommitmentTexts.figure(criterion.baseline(), getLocale()))
                    : getTranslation(flag.kind().labelKey() + ".explain", criterion.name(),
                    CommitmentTexts.unitName(c.unit(flag.unitId()), agencies, getLocale()));
            HorizontalLayout line = new HorizontalLayout(CommitmentTexts.warning(getTranslation(flag.kind().labelKey())),
                    new Span(explanation));
            line.setAlignItems(Alignment.CENTER);
            box.add(line);
        }
        return box;
    }

    private void evidence(CommitmentDetails c, long checkInId) {
        new EvidenceDialog(attachments, checkInId, evidencePolicy.canWrite(checkInId), () -> commitments.find(c.id())
                .ifPresent(this::show)).open();
    }

    static Optional<Long> newest(CommitmentDetails before, CommitmentDetails after) {
        return after.checkIns().stream().map(CommitmentDetails.CheckInEntry::id)
                .filter(checkInId -> before.checkIns().stream().noneMatch(e -> e.id() == checkInId)).findFirst();
    }
}
