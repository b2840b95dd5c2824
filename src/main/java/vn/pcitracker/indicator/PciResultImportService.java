package vn.pcitracker.indicator;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Imports other provinces' published PCI results from Excel or CSV for comparison: a preview checks every row, and
 * the import (after the user confirmed) writes all rows or none, upserting results by province and year.
 */
@Service
public class PciResultImportService {

    /** The administrators and the investment department, who compile the comparison. */
    public static final String MAY_IMPORT = "hasAnyRole('ADMIN','INVESTMENT_OFFICER')";

    private final PciResultImporter importer;

    PciResultImportService(PciResultImporter importer) {
        this.importer = importer;
    }

    /** The template's columns, one per sub-index code after the fixed ones, and the example row (Quang Ninh 2024). */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_IMPORT)
    public ImportDefinition importDefinition() {
        return importer.definition();
    }

    /** Checks the rows and says what importing them would do; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_IMPORT)
    public ImportPreview<ResultImportRow> previewImport(List<ImportRow> rows) {
        return importer.check(rows);
    }

    /**
     * Checks the rows again and, only when every row is valid, creates the new provinces and stores every row;
     * otherwise returns the problems and stores nothing.
     */
    @Transactional
    @PreAuthorize(MAY_IMPORT)
    public ImportResult importRows(List<ImportRow> rows, ImportProgress progress) {
        ImportPreview<ResultImportRow> checked = importer.check(rows);
        return checked.valid() ? importer.store(checked.records(), progress) : ImportResult.refused(checked.problems());
    }
}
