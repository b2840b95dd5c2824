package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.pcitracker.commitment.CommitmentFilter;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.CommitmentSummary;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The commitments list, as filtered, to Excel or CSV. The service returns the (few hundred at most) commitments
 * the user may read in one list, so there is no paging here. Texts are resolved when the view is built.
 */
final class CommitmentExport {

    static final String FILE_NAME = "giao-uoc-thi-dua";

    private static final String KEY = "commitment.CommitmentExport.";

    private final Locale locale;
    private final UnaryOperator<String> texts;
    private final TableExport<CommitmentSummary> table;

    CommitmentExport(Component owner, Locale locale, Map<Long, AgencySummary> agencies) {
        this.locale = locale;
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "title", 50, CommitmentSummary::title),
                ExportColumn.date(KEY + "periodFrom", 12, CommitmentSummary::periodFrom),
                ExportColumn.date(KEY + "periodTo", 12, CommitmentSummary::periodTo),
                ExportColumn.text(KEY + "signingAgency", 32,
                        c -> CommitmentTexts.agencyName(c.signingAgencyId(), agencies, locale)),
                ExportColumn.text(KEY + "signerTitle", 24, CommitmentSummary::signerTitle),
                ExportColumn.integer(KEY + "units", 10, CommitmentSummary::unitCount),
                ExportColumn.integer(KEY + "criteria", 10, CommitmentSummary::criterionCount),
                ExportColumn.decimal(KEY + "score", 10, CommitmentSummary::score),
                ExportColumn.integer(KEY + "flags", 10, CommitmentSummary::flagCount),
                ExportColumn.text(KEY + "synthetic", 12, c -> c.synthetic() ? yes : ""));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the commitments matching the filter, newest first; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, CommitmentService commitments, CommitmentFilter filter) {
        table.write(format, commitments.search(filter).stream(), out, locale, texts);
    }
}
