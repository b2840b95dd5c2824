package vn.pcitracker.shared.importing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportResult;

/** Step 4: a progress bar while the import runs, then what it did with links to the records. */
class ResultStep extends VerticalLayout {

    private static final String KEY = ImportWizard.KEY;
    static final int LINKS_SHOWN = 50;

    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Div links = new Div();

    ResultStep() {
        setPadding(false);
        addClassName("import-step-result");
        progress.addClassName("import-progress");
        status.addClassName("import-result");
        links.addClassName("import-links");
        links.getStyle().set("max-height", "16rem").set("overflow", "auto");
        add(status, progress, links);
    }

    void running(int rows) {
        status.setText(getTranslation(KEY + "importing", rows));
        progress.setIndeterminate(true);
        progress.setVisible(true);
        links.removeAll();
    }

    void progress(int done, int total) {
        if (total > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) done / total));
        }
    }

    void done(ImportResult result) {
        progress.setVisible(false);
        status.setText(getTranslation(KEY + "imported", result.created(), result.updated(), result.unchanged()));
        links.removeAll();
        result.links().stream().limit(LINKS_SHOWN).forEach(link -> links.add(new Div(anchor(link))));
        if (result.links().size() > LINKS_SHOWN) {
            links.add(new Paragraph(getTranslation(KEY + "moreLinks", result.links().size() - LINKS_SHOWN)));
        }
    }

    void failed(String message) {
        progress.setVisible(false);
        status.setText(message);
        links.removeAll();
    }

    private static Anchor anchor(ImportLink link) {
        Anchor anchor = new Anchor(link.location(), link.label());
        anchor.addClassName("import-link");
        return anchor;
    }
}
