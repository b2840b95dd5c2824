package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import vn.pcitracker.shared.Violations;

/**
 * A source document's link, opened in a new tab, only when its address is http or https: anything else (a
 * {@code javascript:} address stored before the services checked addresses, or loaded from a reference file) is
 * shown as its text, never as a link that could run script (issue 9, bad input).
 */
final class SourceLink {

    private SourceLink() {
    }

    static Component of(String url, String text) {
        if (url == null || url.isBlank() || !Violations.isWebAddress(url)) {
            return new Span(text == null ? "" : text);
        }
        return new Anchor(url.strip(), text == null || text.isBlank() ? url.strip() : text, AnchorTarget.BLANK);
    }
}
