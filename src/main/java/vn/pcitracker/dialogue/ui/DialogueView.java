package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.pcitracker.dialogue.DialogueService;
import vn.pcitracker.dialogue.DialogueSummary;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.ui.importing.IssueImportLauncher;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.FormFeedback;
import vn.pcitracker.dialogue.DialogueAttachmentPolicy;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.attachment.ui.AttachmentsPanel;

/**
 * One session: its details and minutes, and the recommendations raised or carried over there with their live
 * state. Investment officers edit the session, carry open recommendations over and log new ones from here.
 */
@Route("dialogues/:" + DialogueView.ID)
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.LEADER, Role.Names.ADMIN, Role.Names.AGENCY_OFFICER})
class DialogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final int CARRY_OVER_LIMIT = 500;
    private static final String KEY = "dialogue.DialogueView.";

    private final DialogueService dialogues;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final IssueService issues;
    private final AttachmentService attachments;
    private final IssueImportLauncher imports;
    private final boolean mayWrite;
    private final Div files = new Div();
    private final H2 heading = new H2();
    private final FormLayout details = new FormLayout();
    private final Div minutes = new Div();
    private final SessionIssues sessionIssues;
    private final HorizontalLayout actions = new HorizontalLayout();
    private DialogueSummary session;

    DialogueView(DialogueService dialogues, AgencyService agencies, AssociationService associations,
                 IssueQueryService issueQueries, IssueService issues, AttachmentService attachments,
                 CurrentUser currentUser, IssueImportLauncher imports) {
        this.dialogues = dialogues;
        this.agencies = agencies;
        this.associations = associations;
        this.issues = issues;
        this.attachments = attachments;
        this.imports = imports;
        this.mayWrite = SessionEditing.mayWrite(currentUser);
        minutes.getStyle().set("white-space", "pre-wrap");
        this.sessionIssues = new SessionIssues(issueQueries, agencies);
        add(heading, actions, details, new H3(getTranslation(KEY + "minutes")), minutes,
                new H3(getTranslation(KEY + "files")), files,
                new H3(getTranslation(KEY + "issues")), sessionIssues);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DialogueSummary> found = event.getRouteParameters().getLong(ID).flatMap(dialogues::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation(KEY + "notFound"));
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation(KEY + "title") : session.title();
    }

    private void show(DialogueSummary shown) {
        this.session = shown;
        heading.setText(shown.title());
        details.removeAll();
        details.addFormItem(new Span(getTranslation(shown.kind().labelKey())), getTranslation(KEY + "kind"));
        details.addFormItem(new Span(LocaleFormats.date(shown.heldOn(), getLocale())), getTranslation(KEY + "heldOn"));
        details.addFormItem(new Span(Objects.toString(shown.place(), "")), getTranslation(KEY + "place"));
        details.addFormItem(new Span(agencies.find(shown.hostAgencyId()).map(a -> a.name(getLocale())).orElse("")),
                getTranslation(KEY + "hostAgency"));
        details.addFormItem(new Span(Objects.toString(shown.chair(), "")), getTranslation(KEY + "chair"));
        details.addFormItem(new Span(shown.associationIds().stream().map(associations::find).flatMap(Optional::stream)
                .map(a -> a.name(getLocale())).sorted().collect(Collectors.joining(", "))), getTranslation(KEY + "associations"));
        details.addFormItem(new Span(shown.firmsAttending() == null ? "" : LocaleFormats.integer(shown.firmsAttending(), getLocale())),
                getTranslation(KEY + "firmsAttending"));
        minutes.setText(shown.minutes() == null ? getTranslation(KEY + "noMinutes") : shown.minutes());
        showActions();
        files.removeAll();
        files.add(new AttachmentsPanel(attachments, DialogueAttachmentPolicy.OWNER_TYPE, shown.id(), mayWrite));
        sessionIssues.show(shown.id());
    }

    private void showActions() {
        actions.removeAll();
        if (!mayWrite) {
            return;
        }
        Button edit = new Button(getTranslation(KEY + "edit"), VaadinIcon.EDIT.create(),
                click -> SessionEditing.dialog(session, agencies, associations, form -> {
                    DialogueSummary saved = dialogues.update(session.id(), form, session.version());
                    FormFeedback.success(this, KEY + "saved");
                    show(saved);
                }).open());
        Button carryOver = new Button(getTranslation(KEY + "carryOver"), VaadinIcon.ARROW_FORWARD.create(),
                click -> openCarryOver());
        Anchor newIssue = new Anchor("issues/new?dialogue=" + session.id(), getTranslation(KEY + "newIssue"));
        actions.add(edit, carryOver, newIssue);
        if (imports.mayImport()) {
            Button importFile = new Button(getTranslation(KEY + "importIssues"), VaadinIcon.UPLOAD.create(),
                    click -> imports.openForDialogue(new DialogueRef(session.id(), session.title(), session.heldOn()),
                            result -> show(dialogues.find(session.id()).orElse(session))));
            importFile.addClassName("dialogue-import-issues");
            actions.add(importFile);
        }
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    }

    private void openCarryOver() {
        new CarryOverDialog(dialogues.carryOverCandidates(session.id(), CARRY_OVER_LIMIT), chosen -> {
            int carried = 0;
            for (IssueListItem issue : chosen) {
                if (new FormFeedback(this).attempt(() -> issues.carryOver(issue.id(), session.id()))) {
                    carried++;
                }
            }
            Notification.show(getTranslation(KEY + "carriedOver", carried), 3000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            show(dialogues.find(session.id()).orElse(session));
        }).open();
    }
}
