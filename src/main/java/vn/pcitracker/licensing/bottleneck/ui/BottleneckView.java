package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.pcitracker.licensing.bottleneck.BottleneckAction;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;
import vn.pcitracker.licensing.bottleneck.BottleneckService;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.licensing.bottleneck.BottleneckTimelineEntry;
import vn.pcitracker.licensing.bottleneck.EvidencePhase;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ui.FormFeedback;

/**
 * One bottleneck as the current user may see it: facts, evidence, days saved with its formula, proposed fix,
 * linked recommendations, DDCI components, the moves the user may take now, and the whole history. A bottleneck that
 * does not exist and one the user may not see look the same: "not found".
 */
@Route("bottlenecks/:id([0-9]+)")
@RolesAllowed({Role.Names.INVESTMENT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.ASSOCIATION_REP, Role.Names.LEADER,
        Role.Names.ADMIN})
class BottleneckView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String KEY = "licensing.BottleneckView.";
    /** The moves offered as buttons, in workflow order; each opens a dialog. */
    private static final List<BottleneckAction> MOVES = List.of(BottleneckAction.START_ANALYSIS,
            BottleneckAction.PROPOSE_FIX, BottleneckAction.APPROVE, BottleneckAction.IMPLEMENT, BottleneckAction.VERIFY,
            BottleneckAction.DROP);

    private final BottleneckService bottlenecks;
    private final BottleneckChoices.Lists lists;
    private String pageTitle;
    private long id;

    BottleneckView(BottleneckService bottlenecks, BottleneckChoices choices) {
        this.bottlenecks = bottlenecks;
        this.lists = choices.read(getLocale());
        addClassName("bottleneck-page");
        setMaxWidth("72rem");
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
        Optional<BottleneckDetails> found = bottlenecks.find(id);
        removeAll();
        if (found.isEmpty()) {
            pageTitle = getTranslation(KEY + "notFound");
            add(new H2(pageTitle));
            return;
        }
        BottleneckDetails b = found.get();
        pageTitle = b.code() + " · " + b.title();
        H2 title = new H2(pageTitle);
        title.addClassName("bottleneck-title");
        HorizontalLayout badges = new HorizontalLayout(BottleneckTexts.stateBadge(this, b.state()),
                new Span(getTranslation(KEY + (b.isPublic() ? "public" : "internal"))));
        add(title, badges, buttons(b));
        BottleneckSections sections = new BottleneckSections(this, lists);
        add(section("facts", sections.facts(b)), section("description", paragraph(b.description())),
                section("fix", sections.fix(b)), section("evidence", sections.evidence(b)),
                section("issues", issues(b)), section("ddci", paragraph(b.ddciComponentIds().stream()
                        .map(lists::ddciLabel).sorted().collect(Collectors.joining("; ")))),
                section("timeline", timeline(b.timeline())));
    }

    private Component buttons(BottleneckDetails b) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("bottleneck-actions");
        buttons.setWrap(true);
        if (b.allows(BottleneckAction.EDIT)) {
            buttons.add(button(BottleneckAction.EDIT, () -> new BottleneckEditDialog(lists, b, form -> {
                bottlenecks.edit(b.id(), form, b.version());
                FormFeedback.success(this, KEY + "saved");
                reload();
            }).open()));
        }
        if (b.allows(BottleneckAction.ADD_EVIDENCE)) {
            EvidencePhase phase = b.state().ordinal() >= BottleneckState.IMPLEMENTED.ordinal()
                    ? EvidencePhase.AFTER_FIX : EvidencePhase.BEFORE_FIX;
            buttons.add(button(BottleneckAction.ADD_EVIDENCE, () -> new EvidenceDialog(getLocale(), phase, form -> {
                bottlenecks.addEvidence(b.id(), form);
                reload();
            }).open()));
        }
        MOVES.stream().filter(b::allows).forEach(action -> buttons.add(button(action,
                () -> new BottleneckActionDialog(bottlenecks, b, action, this::reload).open())));
        return buttons;
    }

    private Button button(BottleneckAction action, Runnable onClick) {
        Button button = new Button(BottleneckTexts.label(this, action), click -> onClick.run());
        button.getElement().setAttribute("data-action", action.name());
        return button;
    }

    private Component issues(BottleneckDetails b) {
        if (b.issues().isEmpty()) {
            return paragraph(getTranslation(KEY + "noIssues"));
        }
        Div links = new Div();
        links.addClassName("bottleneck-issues");
        b.issues().forEach(issue -> {
            Anchor anchor = new Anchor("issues/" + issue.id(), issue.code() + " · " + issue.title());
            anchor.getElement().setAttribute("router-link", true);
            links.add(new Div(anchor));
        });
        return links;
    }

    private Component timeline(List<BottleneckTimelineEntry> entries) {
        OrderedList list = new OrderedList();
        list.addClassName("bottleneck-timeline");
        for (BottleneckTimelineEntry entry : entries) {
            ListItem item = new ListItem();
            item.addClassName("timeline-entry");
            item.getElement().setAttribute("data-action", entry.action().name());
            StringBuilder text = new StringBuilder(BottleneckSections.dateTime(entry.at(), getLocale()))
                    .append(" · ").append(entry.actorName()).append(" · ").append(BottleneckTexts.label(this, entry.action()));
            if (entry.toState() != null && entry.fromState() != entry.toState()) {
                text.append(" · ").append(entry.fromState() == null ? "" : BottleneckTexts.label(this, entry.fromState()) + " → ")
                        .append(BottleneckTexts.label(this, entry.toState()));
            }
            item.add(new Span(text.toString()));
            if (entry.note() != null) {
                item.add(paragraph(entry.note()));
            }
            list.add(item);
        }
        return list;
    }

    private Component section(String name, Component body) {
        Div section = new Div(new H3(getTranslation(KEY + name)), body);
        section.addClassName("bottleneck-section-" + name);
        section.setWidthFull();
        return section;
    }

    static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }
}
