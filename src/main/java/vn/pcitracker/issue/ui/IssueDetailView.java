package vn.pcitracker.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.pcitracker.attachment.AttachmentService;
import vn.pcitracker.attachment.ui.AttachmentsPanel;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.issue.DialogueDirectory;
import vn.pcitracker.issue.DialogueRef;
import vn.pcitracker.issue.FeedbackEntry;
import vn.pcitracker.issue.IssueAttachmentPolicy;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueFieldService;
import vn.pcitracker.issue.IssueParty;
import vn.pcitracker.issue.IssueRelatedRecords;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.TimelineEntry;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * One recommendation as the current user may see it: content, parties, routing, DDCI components, answer,
 * feedback, the whole history, and the moves the user may take now. An issue that does not exist and one the
 * user may not see look the same: "not found".
 */
@Route("issues/:id")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.ASSOCIATION_REP, Role.Names.LEADER,
        Role.Names.ADMIN})
class IssueDetailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "issue.IssueDetailView.";

    private final IssueService issues;
    private final Map<Long, AgencySummary> agencies;
    private final Map<Long, DdciChoice> components;
    private final Map<String, SubIndex> subIndices;
    private final Map<Long, DialogueRef> dialogues;
    private final IssueActions actions;
    private final AttachmentService attachments;
    private final IssueAttachmentPolicy attachmentPolicy;
    private final DialogueDirectory dialogueDirectory;
    private final List<IssueRelatedRecords> relatedRecords;
    private String pageTitle;
    private long id;

    IssueDetailView(IssueService issues, IssueFieldService fields, AgencyService agencyService, DdciService ddci,
                    PciService pci, EnterpriseService enterprises, AssociationService associations, CurrentUser currentUser,
                    ObjectProvider<DialogueDirectory> directory, AttachmentService attachments,
                    IssueAttachmentPolicy attachmentPolicy, ObjectProvider<IssueRelatedRecords> related) {
        this.issues = issues;
        this.relatedRecords = related.orderedStream().toList();
        this.attachments = attachments;
        this.attachmentPolicy = attachmentPolicy;
        this.agencies = byKey(agencyService.search("", true), AgencySummary::id);
        List<DdciChoice> choices = DdciChoice.all(ddci, getLocale());
        this.components = byKey(choices, DdciChoice::id);
        this.subIndices = byKey(pci.subIndices(), SubIndex::code);
        dialogueDirectory = directory.getIfAvailable();
        List<DialogueRef> recent = dialogueDirectory == null ? List.of() : dialogueDirectory.recent(50);
        this.dialogues = byKey(recent, DialogueRef::id);
        boolean submitterSide = currentUser.get().filter(user -> user.is(Role.ASSOCIATION_REP)).isPresent();
        boolean investment = currentUser.get().filter(user -> user.is(Role.INVESTMENT_OFFICER)).isPresent();
        IssueEditDialog.Factory editor = investment
                ? IssueEditDialog.factory(issues, fields.fields(), enterprises::activeEnterprises, associations::activeAssociations, choices)
                : (issue, done, reload) -> { };
        List<AgencySummary> active = agencyService.activeAgencies();
        this.actions = new IssueActions(this, issues, active, recent, submitterSide, editor, this::show, this::reload);
        addClassName("issue-detail");
        setMaxWidth("72rem");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> wanted = event.getRouteParameters().get("id").flatMap(IssueDetailView::parseId);
        id = wanted.orElse(-1L);
        reload();
    }

    private void reload() {
        Optional<IssueDetails> issue = id < 0 ? Optional.empty() : issues.find(id);
        issue.ifPresentOrElse(this::show, this::notFound);
    }

    private void notFound() {
        removeAll();
        pageTitle = getTranslation(KEY + "notFoundTitle");
        H2 heading = new H2(getTranslation(KEY + "notFoundTitle"));
        heading.addClassName("issue-not-found");
        add(heading, new Paragraph(getTranslation(KEY + "notFound")));
    }

    private void show(IssueDetails issue) {
        removeAll();
        pageTitle = issue.code() + " · " + issue.title();
        add(header(issue));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("issue-actions");
        buttons.setWrap(true);
        actions.buttons(issue).forEach(buttons::add);
        add(buttons);
        add(section("content", paragraph(issue.content())));
        add(section("parties", parties(issue.parties())));
        add(section("routing", routing(issue)));
        add(section("ddci", ddci(issue)));
        if (issue.answer() != null) {
            add(section("answer", answer(issue)));
        }
        if (!issue.feedback().isEmpty()) {
            add(section("feedback", feedback(issue.feedback())));
        }
        relatedRecords.forEach(records -> related(issue, records));
        add(section("timeline", timeline(issue.timeline())));
        AttachmentsPanel files = new AttachmentsPanel(attachments, IssueAttachmentPolicy.OWNER_TYPE, issue.id(),
                attachmentPolicy.canWrite(issue.id()));
        files.addClassName("issue-attachments");
        add(files);
    }

    private Component header(IssueDetails issue) {
        H2 title = new H2(issue.code() + " · " + issue.title());
        title.addClassName("issue-title");
        HorizontalLayout badges = new HorizontalLayout(IssueTexts.stateBadge(this, issue.state()),
                new Span(getTranslation(KEY + "priority", IssueTexts.label(this, issue.priority()))),
                new Span(issue.field() == null ? "" : issue.field().name(getLocale())),
                new Span(IssueTexts.label(this, issue.channel())),
                IssueTexts.daysLeftBadge(this, issue.workingDaysLeft(), issue.overdue()));
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        badges.setWrap(true);
        VerticalLayout header = new VerticalLayout(title, badges);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    /** Another module's records about this issue (links) and what may be done from here (buttons as links). */
    private void related(IssueDetails issue, IssueRelatedRecords records) {
        List<IssueRelatedRecords.Link> links = records.related(issue);
        List<IssueRelatedRecords.Link> moves = records.actions(issue);
        if (links.isEmpty() && moves.isEmpty()) {
            return;
        }
        Div body = new Div();
        body.addClassName("issue-related");
        links.forEach(link -> {
            Anchor anchor = new Anchor(link.route(), link.text());
            anchor.getElement().setAttribute("router-link", true);
            body.add(new Div(anchor));
        });
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        moves.forEach(move -> {
            Anchor anchor = new Anchor(move.route(), getTranslation(move.text()));
            anchor.addClassName("issue-related-action");
            anchor.getElement().setAttribute("router-link", true);
            buttons.add(anchor);
        });
        body.add(buttons);
        Div section = new Div(new H3(getTranslation(records.sectionTitleKey())), body);
        section.setWidthFull();
        add(section);
    }

    private Component parties(List<IssueParty> parties) {
        if (parties.isEmpty()) {
            return paragraph(getTranslation(KEY + "none"));
        }
        long associations = parties.stream().filter(party -> party.associationId() != null).count();
        long firms = parties.stream().map(IssueParty::enterpriseId).filter(Objects::nonNull).distinct().count();
        Paragraph backing = paragraph(getTranslation(KEY + "backing", associations, firms));
        backing.addClassName("issue-backing");
        Div body = new Div(backing, list(parties.stream().map(party -> party.name()
                + (party.submitter() ? " (" + getTranslation(KEY + "submitter") + ")" : "")).toList()));
        return body;
    }

    private Component routing(IssueDetails issue) {
        Div facts = new Div();
        fact(facts, "leadAgency", agencyName(issue.leadAgencyId()));
        fact(facts, "coordinators", issue.coordinatorAgencyIds().stream().map(this::agencyName).sorted()
                .collect(Collectors.joining(", ")));
        fact(facts, "receivedOn", date(issue.receivedOn()));
        fact(facts, "assignedOn", date(issue.assignedOn()));
        String left = IssueTexts.daysLeft(this, issue.workingDaysLeft(), issue.overdue());
        fact(facts, "deadline", issue.deadline() == null ? "" : date(issue.deadline()) + (left.isEmpty() ? "" : " (" + left + ")"));
        fact(facts, "dialogues", issue.dialogueIds().stream().map(this::dialogueName).collect(Collectors.joining("; ")));
        fact(facts, "forwardedTo", issue.forwardedToAgencyId() == null ? ""
                : agencyName(issue.forwardedToAgencyId()) + ", " + date(issue.forwardedOn()));
        fact(facts, "rejectionReason", issue.rejectionReason());
        fact(facts, "reopenCount", issue.reopenCount() == 0 ? "" : String.valueOf(issue.reopenCount()));
        fact(facts, "public", getTranslation(KEY + (issue.isPublic() ? "yes" : "no")));
        return facts;
    }

    private Component ddci(IssueDetails issue) {
        Div facts = new Div();
        fact(facts, "ddciComponents", issue.ddciComponentIds().stream().map(components::get).filter(Objects::nonNull)
                .map(DdciChoice::label).sorted().collect(Collectors.joining("; ")));
        fact(facts, "pciSubIndices", issue.pciSubIndexCodes().stream()
                .map(code -> Optional.ofNullable(subIndices.get(code)).map(index -> index.name(getLocale())).orElse(code))
                .collect(Collectors.joining(", ")));
        if (issue.ddciComponentIds().isEmpty()) {
            facts.add(paragraph(getTranslation(KEY + "noDdci")));
        }
        return facts;
    }

    private Component answer(IssueDetails issue) {
        Div facts = new Div();
        facts.addClassName("issue-answer");
        fact(facts, "answerKind", IssueTexts.label(this, issue.answer().kind()));
        fact(facts, "answeredOn", date(issue.answeredOn()));
        fact(facts, "document", issue.answer().documentNumber() == null ? ""
                : getTranslation(KEY + "documentOf", issue.answer().documentNumber(), date(issue.answer().documentDate())));
        facts.add(paragraph(issue.answer().text()));
        return facts;
    }

    private Component feedback(List<FeedbackEntry> entries) {
        OrderedList list = new OrderedList();
        list.addClassName("issue-feedback");
        for (FeedbackEntry entry : entries) {
            String verdict = getTranslation(KEY + (entry.satisfied() ? "satisfied" : "unsatisfied"));
            String stars = "★".repeat(Math.max(0, Math.min(5, entry.score()))) + "☆".repeat(Math.max(0, 5 - entry.score()));
            ListItem item = new ListItem(IssueTexts.dateTime(entry.at(), getLocale()) + " · " + verdict + " · " + stars + " "
                    + entry.score() + "/5" + (entry.onBehalf() ? " · " + getTranslation(KEY + "onBehalf") : "")
                    + (entry.comment() == null || entry.comment().isBlank() ? "" : " · " + entry.comment()));
            list.add(item);
        }
        return list;
    }

    private Component timeline(List<TimelineEntry> entries) {
        OrderedList list = new OrderedList();
        list.addClassName("issue-timeline");
        for (TimelineEntry entry : entries) {
            ListItem item = new ListItem();
            item.addClassName("timeline-entry");
            item.getElement().setAttribute("data-action", entry.action().name());
            Span when = new Span(IssueTexts.dateTime(entry.at(), getLocale()));
            when.addClassName("timeline-time");
            Span what = new Span(IssueTexts.label(this, entry.action()));
            what.addClassName("timeline-action");
            item.add(when, new Span(" · "), new Span(entry.actorName() == null ? "" : entry.actorName()), new Span(" · "), what);
            if (entry.fromState() != entry.toState() && entry.toState() != null) {
                item.add(new Span(" · " + (entry.fromState() == null ? "" : IssueTexts.label(this, entry.fromState()) + " → ")
                        + IssueTexts.label(this, entry.toState())));
            }
            if (entry.agencyId() != null) {
                item.add(new Span(" · " + agencyName(entry.agencyId())));
            }
            if (!Objects.equals(entry.oldDeadline(), entry.newDeadline())) {
                item.add(new Span(" · " + getTranslation(KEY + "deadlineChange", date(entry.oldDeadline()), date(entry.newDeadline()))));
            }
            if (entry.note() != null && !entry.note().isBlank()) {
                Paragraph note = paragraph(entry.note());
                note.addClassName("timeline-note");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    private Component section(String name, Component body) {
        H3 heading = new H3(getTranslation(KEY + name));
        Div section = new Div(heading, body);
        section.addClassName("issue-section-" + name);
        section.setWidthFull();
        return section;
    }

    private void fact(Div facts, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Div line = new Div(new Span(getTranslation(KEY + label) + ": "), new Span(value));
        facts.add(line);
    }

    private Component list(Collection<String> texts) {
        OrderedList list = new OrderedList();
        texts.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }

    private String agencyName(Long agencyId) {
        return agencyId == null ? "" : Optional.ofNullable(agencies.get(agencyId)).map(agency -> agency.name(getLocale())).orElse("");
    }

    private String dialogueName(Long dialogueId) {
        DialogueRef ref = dialogues.get(dialogueId);
        if (ref == null && dialogueDirectory != null) {
            ref = dialogueDirectory.find(dialogueId).orElse(null);
        }
        return ref == null ? "#" + dialogueId : ref.title() + (ref.heldOn() == null ? "" : " (" + date(ref.heldOn()) + ")");
    }

    private String date(java.time.LocalDate date) {
        return LocaleFormats.date(date, getLocale());
    }

    private static <T, K> Map<K, T> byKey(Collection<T> values, Function<T, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
