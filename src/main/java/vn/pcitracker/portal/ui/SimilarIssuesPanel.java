package vn.pcitracker.portal.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import vn.pcitracker.issue.SimilarIssue;

/**
 * Open recommendations like the one being typed, each to open in a new tab or to back; hidden when there are
 * none. Backing is offered only where the association is not behind the issue already.
 */
class SimilarIssuesPanel extends Composite<Div> {

    private static final String KEY = "portal.SimilarIssuesPanel.";

    private final UnorderedList list = new UnorderedList();
    private final Consumer<SimilarIssue> back;

    SimilarIssuesPanel(Consumer<SimilarIssue> back) {
        this.back = back;
        getContent().addClassName("similar-issues");
        list.addClassName("similar-issues-list");
        Paragraph hint = new Paragraph(getTranslation(KEY + "hint"));
        getContent().add(new H3(getTranslation(KEY + "title")), hint, list);
        getContent().setVisible(false);
    }

    void show(List<SimilarIssue> issues) {
        list.removeAll();
        issues.forEach(issue -> list.add(item(issue)));
        getContent().setVisible(!issues.isEmpty());
    }

    List<SimilarIssue> shown() {
        return list.getChildren().map(item -> ComponentUtil.getData(item, SimilarIssue.class)).toList();
    }

    private ListItem item(SimilarIssue issue) {
        Anchor open = new Anchor("issues/" + issue.id(), issue.code() + " · " + issue.title());
        open.setTarget("_blank");
        Span facts = new Span(getTranslation("issue.IssueState." + issue.state().name()) + " · "
                + getTranslation(KEY + "backing", issue.associations(), issue.firms()));
        facts.addClassName("similar-issue-facts");
        ListItem item = new ListItem(open, new Div(facts));
        item.addClassName("similar-issue");
        // Kept on the item so that what is shown can be read back (tests, the IT).
        ComponentUtil.setData(item, SimilarIssue.class, issue);
        if (issue.ownAssociation()) {
            Span mine = new Span(getTranslation(KEY + "alreadyBacked"));
            mine.getElement().getThemeList().add("badge success");
            item.add(mine);
        } else {
            Button backing = new Button(getTranslation(KEY + "back"), click -> back.accept(issue));
            backing.addThemeVariants(ButtonVariant.LUMO_SMALL);
            backing.addClassName("similar-issue-back");
            item.add(backing);
        }
        return item;
    }
}
