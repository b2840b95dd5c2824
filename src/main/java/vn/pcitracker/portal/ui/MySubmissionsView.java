package vn.pcitracker.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.pcitracker.issue.AssociationIssueService;
import vn.pcitracker.issue.MySubmission;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.i18n.LocaleFormats;

/**
 * What the representative's association submitted or backs, as cards that read well on a phone: state, deadline,
 * answer date, and a call to rate the answer once it has come. Each opens the recommendation's page (the answer,
 * the timeline as an association sees it, and the satisfaction form).
 */
@Route("my-submissions")
@Menu(title = "portal.MySubmissionsView.menu", order = 4, icon = "vaadin:archive")
@RolesAllowed(Role.Names.ASSOCIATION_REP)
class MySubmissionsView extends VerticalLayout implements HasDynamicTitle {

    static final String KEY = "portal.MySubmissionsView.";

    private final Div cards = new Div();
    private final AssociationIssueService associationIssues;
    private final MySubmissionExport export;

    MySubmissionsView(AssociationIssueService associationIssues) {
        this.associationIssues = associationIssues;
        this.export = new MySubmissionExport(this, getLocale());
        addClassName("my-submissions");
        setMaxWidth("56rem");
        cards.addClassName("my-submission-cards");
        cards.setWidthFull();
        List<MySubmission> mine = associationIssues.mySubmissions();
        mine.forEach(submission -> cards.add(card(submission)));
        Anchor file = new Anchor("portal", getTranslation(KEY + "fileNew"));
        HorizontalLayout links = new HorizontalLayout(file);
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        links.setWrap(true);
        if (!mine.isEmpty()) {
            links.add(new ExportButtons(MySubmissionExport.FILE_NAME, this::export));
        }
        add(new H2(getTranslation(KEY + "title")), links);
        add(mine.isEmpty() ? new Paragraph(getTranslation(KEY + "none")) : cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title");
    }

    /** Writes the list as the export buttons do: the association's own and backed recommendations only. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, associationIssues.mySubmissions());
    }

    private Article card(MySubmission submission) {
        Anchor title = new Anchor("issues/" + submission.id(), submission.code() + " · " + submission.title());
        title.addClassName("my-submission-title");
        Span state = new Span(getTranslation("issue.IssueState." + submission.state().name()));
        state.getElement().getThemeList().add("badge");
        state.addClassName("my-submission-state");
        Span role = new Span(getTranslation(KEY + (submission.submitted() ? "submitted" : "backed")));
        role.getElement().getThemeList().add("badge contrast");
        Div badges = new Div(state, role);
        if (submission.overdue()) {
            Span overdue = new Span(getTranslation(KEY + "overdue"));
            overdue.getElement().getThemeList().add("badge error");
            badges.add(overdue);
        }
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Div dates = new Div(new Span(fact("receivedOn", submission.receivedOn())),
                new Span(fact("deadline", submission.deadline())), new Span(fact("answeredOn", submission.answeredOn())));
        dates.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Article card = new Article(title, badges, dates);
        if (submission.awaitsFeedback()) {
            Anchor rate = new Anchor("issues/" + submission.id(), getTranslation(KEY + "rate"));
            rate.addClassName("my-submission-rate");
            card.add(new Div(rate));
        }
        card.addClassName("my-submission");
        card.getElement().setAttribute("data-code", submission.code());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)").set("display", "grid")
                .set("gap", "var(--lumo-space-xs)");
        return card;
    }

    private String fact(String label, LocalDate date) {
        return getTranslation(KEY + label) + ": " + (date == null ? "—" : LocaleFormats.date(date, getLocale()));
    }
}
