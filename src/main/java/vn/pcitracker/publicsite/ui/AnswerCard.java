package vn.pcitracker.publicsite.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import vn.pcitracker.issue.PublishedAnswer;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** One published answer: question, answer, agency, dates, punctuality and the submitter's verdict. */
class AnswerCard extends Composite<Article> {

    private static final String KEY = "publicsite.AnswerCard.";

    AnswerCard(PublishedAnswer answer, boolean linkToItself) {
        Article card = getContent();
        card.addClassName("public-answer");
        card.getElement().setAttribute("data-code", answer.code());
        Component code = linkToItself ? new Anchor("public/" + answer.code(), answer.code()) : new Span(answer.code());
        Div meta = new Div(code, new Span(answer.fieldName(getLocale())), new Span(answer.agencyName(getLocale())));
        meta.addClassName("public-answer-meta");
        H3 title = new H3(answer.title());
        title.addClassName("public-answer-title");
        Div badges = new Div(onTime(answer), verdict(answer));
        badges.addClassName("public-answer-badges");
        Div dates = new Div(date("receivedOn", answer.receivedOn()), date("deadline", answer.deadline()),
                date("answeredOn", answer.answeredOn()));
        dates.addClassName("public-answer-dates");
        card.add(meta, title, badges, dates, block("question", answer.question(), "public-question"),
                block("answer", answer.answer(), "public-answer-text"));
    }

    private Span onTime(PublishedAnswer answer) {
        Span badge = new Span(getTranslation(KEY + (answer.onTime() ? "onTime" : "late")));
        badge.getElement().getThemeList().add("badge " + (answer.onTime() ? "success" : "error"));
        badge.addClassName("public-on-time");
        return badge;
    }

    private Span verdict(PublishedAnswer answer) {
        String text = answer.satisfied() == null ? getTranslation(KEY + "notRated")
                : getTranslation(KEY + (answer.satisfied() ? "satisfied" : "unsatisfied"), answer.score());
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + (answer.satisfied() == null ? "contrast"
                : answer.satisfied() ? "success" : "error"));
        badge.addClassName("public-verdict");
        return badge;
    }

    private Span date(String label, LocalDate date) {
        return new Span(getTranslation(KEY + label) + ": " + (date == null ? "—" : LocaleFormats.date(date, getLocale())));
    }

    private Div block(String label, String text, String className) {
        Span heading = new Span(getTranslation(KEY + label));
        heading.addClassName("public-block-label");
        Paragraph body = new Paragraph(text);
        body.addClassName(className);
        Div block = new Div(heading, body);
        block.addClassName("public-block");
        return block;
    }
}
