package vn.pcitracker.publicsite.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import vn.pcitracker.issue.PublicResultsService;
import vn.pcitracker.issue.PublishedAnswer;
import vn.pcitracker.security.LanguageSelection;

/** One published answer at a link of its own ({@code /public/KN-2026-000012}) to share; others look "not found". */
@Route(value = "public/:code", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://public-site/public-site.css")
class PublicAnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String KEY = "publicsite.PublicAnswerView.";

    private final PublicResultsService results;
    private final LanguageSelection languages;
    private String pageTitle = "";

    PublicAnswerView(PublicResultsService results, LanguageSelection languages) {
        this.results = results;
        this.languages = languages;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PublishedAnswer> answer = event.getRouteParameters().get("code").flatMap(results::answer);
        removeAll();
        add(new PublicPageHeader(languages));
        Anchor back = new Anchor("public", "← " + getTranslation(KEY + "back"));
        back.addClassName("public-back");
        add(back);
        answer.ifPresentOrElse(found -> {
            pageTitle = found.code() + " · " + found.title();
            TextField link = new TextField(getTranslation(KEY + "shareLink"));
            link.setReadOnly(true);
            link.addClassName("public-share-link");
            link.setWidthFull();
            getElement().executeJs("return window.location.href").then(String.class, link::setValue);
            add(new H1(getTranslation(KEY + "title")), new AnswerCard(found, false), link);
        }, () -> {
            pageTitle = getTranslation(KEY + "notFound");
            H1 heading = new H1(getTranslation(KEY + "notFound"));
            heading.addClassName("public-not-found");
            add(heading, new Paragraph(getTranslation(KEY + "notFoundText")));
        });
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · PCI Tracker";
    }
}
