package vn.pcitracker.licensing.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/** The licensing procedures, as searched and sorted, to Excel or CSV; days are number cells. */
final class LicensingProcedureExport {

    static final String FILE_NAME = "thu-tuc-cap-phep";

    private static final String KEY = "licensing.LicensingProcedureExport.";

    private final Locale locale;
    private final TableExport<LicensingProcedureSummary> table;
    private final UnaryOperator<String> texts;

    /**
     * @param agencyName the issuing agency's name of a procedure
     * @param lineNumbers the conditional lines of a procedure, as listed
     */
    LicensingProcedureExport(Component owner, Locale locale, Function<LicensingProcedureSummary, String> agencyName,
                             Function<LicensingProcedureSummary, String> lineNumbers) {
        this.locale = locale;
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "code", 16, LicensingProcedureSummary::code),
                ExportColumn.text(KEY + "name", 60, LicensingProcedureSummary::nameVi),
                ExportColumn.text(KEY + "agency", 36, agencyName),
                ExportColumn.text(KEY + "lines", 30, lineNumbers),
                ExportColumn.integer(KEY + "statutoryDays", 14, LicensingProcedureSummary::statutoryDays),
                ExportColumn.integer(KEY + "reducedDays", 14, LicensingProcedureSummary::reducedDays));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the procedures in the order given; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<LicensingProcedureSummary> procedures) {
        table.write(format, procedures.stream(), out, locale, texts);
    }
}
