package vn.pcitracker.licensing.bottleneck;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pcitracker.licensing.LicensingProcedureForm;
import vn.pcitracker.licensing.LicensingProcedureService;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.licensing.domain.LicensingProcedure;
import vn.pcitracker.licensing.domain.LicensingProcedureRepository;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;

/**
 * The demo's illustrative legal basis {@value #DEMO_BASIS} with its lines ({@code demo/bottleneck_lines.csv}) and the
 * demo procedures ({@code demo/bottleneck_procedures.csv}), recorded through the procedure service by the signed-in
 * demo investment officer. Existing rows are left alone.
 */
@Component
class DemoLicensingData {

    static final String DEMO_BASIS = "DEMO-MINH-HOA";

    private final LegalBasisRepository bases;
    private final ConditionalLineRepository lines;
    private final LicensingProcedureRepository procedureRows;
    private final LicensingProcedureService procedures;
    private final AgencyService agencies;

    DemoLicensingData(LegalBasisRepository bases, ConditionalLineRepository lines, LicensingProcedureRepository procedureRows,
                      LicensingProcedureService procedures, AgencyService agencies) {
        this.bases = bases;
        this.lines = lines;
        this.procedureRows = procedureRows;
        this.procedures = procedures;
        this.agencies = agencies;
    }

    /** Returns the procedure ids by code. */
    Map<String, Long> load(CsvFiles files) {
        LegalBasis basis = bases.findByCode(DEMO_BASIS).orElseGet(() -> {
            LegalBasis created = new LegalBasis(DEMO_BASIS, "Danh mục minh họa (dữ liệu demo, không phải văn bản pháp luật)");
            created.setNameEn("Illustrative list (demo data, not a legal text)");
            return bases.saveAndFlush(created);
        });
        for (CsvRow row : files.read("demo/bottleneck_lines.csv")) {
            int number = row.integer("number");
            if (lines.findByLegalBasisIdAndNumber(basis.getId(), number).isEmpty()) {
                ConditionalLine line = new ConditionalLine(basis.getId(), number, row.text("name_vi"));
                line.setManagingMinistry(row.optional("managing_ministry"));
                lines.saveAndFlush(line);
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (CsvRow row : files.read("demo/bottleneck_procedures.csv")) {
            String code = row.text("code");
            long id = procedureRows.findByCode(code).map(LicensingProcedure::getId)
                    .orElseGet(() -> procedures.create(new LicensingProcedureForm(code, row.text("name_vi"),
                            agencies.findByCode(row.text("agency_code")).orElseThrow(() -> row.problem("unknown agency")).id(),
                            row.integer("statutory_days"), row.integer("reduced_days"), Set.of(line(row)))).id());
            ids.put(code, id);
        }
        return ids;
    }

    /** The procedure's line when it serves exactly one, else none. */
    Long lineOf(long procedureId) {
        Set<Long> served = procedureRows.findById(procedureId).orElseThrow().toSummary().lineIds();
        return served.size() == 1 ? served.iterator().next() : null;
    }

    private long line(CsvRow row) {
        String[] ref = row.text("line").split(":");
        long basisId = bases.findByCode(ref[0]).orElseThrow(() -> row.problem("unknown legal basis " + ref[0])).getId();
        return lines.findByLegalBasisIdAndNumber(basisId, Integer.parseInt(ref[1]))
                .orElseThrow(() -> row.problem("unknown line " + row.text("line"))).getId();
    }
}
