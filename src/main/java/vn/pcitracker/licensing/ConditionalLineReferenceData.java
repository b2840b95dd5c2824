package vn.pcitracker.licensing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;

/** {@code conditional_lines.csv} (a sourced subset of the catalogue), keyed by legal basis and number. */
@Component
class ConditionalLineReferenceData implements ReferenceDataSet {

    static final String FILE = "reference/conditional_lines.csv";

    private final ConditionalLineImporter importer;

    ConditionalLineReferenceData(ConditionalLineImporter importer) {
        this.importer = importer;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        List<ConditionalLineDraft> rows = new ArrayList<>();
        for (CsvRow row : files.read(FILE)) {
            Integer number = row.integer("number");
            if (number == null || number < 1) {
                throw row.problem("number must be a positive whole number");
            }
            String outcome = row.optional("next_outcome");
            rows.add(new ConditionalLineDraft((int) row.line(), row.text("legal_basis_code"), number, row.text("name_vi"),
                    row.optional("name_en"), row.optional("managing_ministry"), row.date("valid_from"), row.date("valid_to"),
                    outcome == null ? null : row.enumValue("next_outcome", LineOutcome.class), row.optional("source_url"),
                    row.optional("next_legal_basis_code"), row.integer("next_number"), false));
        }
        ImportResult result = importer.upsert(rows, true, ImportProgress.NONE);
        return new LoadResult(FILE, result.created(), result.updated(), result.unchanged(), 0);
    }
}
