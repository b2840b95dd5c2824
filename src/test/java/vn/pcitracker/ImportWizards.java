package vn.pcitracker;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.concurrent.TimeUnit;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ui.ImportWizard;

/** Drives the import wizard in browserless view tests as a user would, step by step. */
public final class ImportWizards {

    private ImportWizards() {
    }

    /** The wizard a click opened. */
    @SuppressWarnings("unchecked")
    public static <R> ImportWizard<R> opened() {
        return _get(ImportWizard.class);
    }

    /** "Nhập": waits for the background import, then lets the UI show its outcome, as the next round trip does. */
    public static ImportResult confirm(ImportWizard<?> wizard) {
        try {
            ImportResult result = wizard.confirm().get(60, TimeUnit.SECONDS);
            MockVaadin.clientRoundtrip(false);
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("the import did not finish", e);
        }
    }

    /** Opens a result's link as a click on it does: the route and its query string. */
    public static void follow(ImportLink link) {
        String[] parts = link.location().split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1 ? QueryParameters.fromString(parts[1]) : QueryParameters.empty());
    }

    /** The line the last step shows: what was imported, or why not. */
    public static String outcome(ImportWizard<?> wizard) {
        return _get(wizard, Paragraph.class, spec -> spec.withClasses("import-result")).getText();
    }
}
