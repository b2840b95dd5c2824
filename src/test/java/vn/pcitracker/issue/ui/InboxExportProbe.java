package vn.pcitracker.issue.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import vn.pcitracker.shared.export.ExportFormat;

/**
 * For benchmarks in other packages: opens the inbox at an address (its filter) in the current mock UI and writes its
 * export as the export buttons do ({@link IssueInboxView#export}, {@link IssueExport}).
 */
public final class InboxExportProbe {

    private final IssueInboxView view;

    private InboxExportProbe(IssueInboxView view) {
        this.view = view;
    }

    public static InboxExportProbe open(Map<String, List<String>> filter) {
        UI.getCurrent().navigate("issues", new QueryParameters(filter));
        return new InboxExportProbe(LocatorJ._get(IssueInboxView.class));
    }

    public void write(ExportFormat format, OutputStream out) {
        view.export(format, out);
    }
}
