package vn.pcitracker.issue;

import static vn.pcitracker.issue.RecommendationImport.ENTERPRISES;
import static vn.pcitracker.issue.RecommendationImport.TAX_CODES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.pcitracker.issue.ImportedIssue.Firm;
import vn.pcitracker.organization.EnterpriseForm;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.organization.TaxCode;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.TaxCodes;

/**
 * The firms of a row: the "Mã số thuế" cell names them by tax code, the "Doanh nghiệp" cell by name in the same
 * order (both separated by {@value RecommendationImport#SEPARATOR}). A registered code is the registered firm, whatever
 * name is written. An unregistered code is a new firm, added to the register by the import, when it is a valid tax
 * code (format and check digit) and its name is given at the same position; a name without a code is refused, as
 * the register knows firms by tax code.
 */
final class ImportedFirmCells {

    static final String KEY = RecommendationImport.KEY;

    private final Map<String, EnterpriseSummary> registered;

    ImportedFirmCells(Map<String, EnterpriseSummary> registered) {
        this.registered = registered;
    }

    /** Every tax code a row names, as stored (spaces removed), for looking the registered firms up at once. */
    static List<String> taxCodes(ImportRow row) {
        return split(row.get(TAX_CODES)).stream().map(TaxCode::normalize).filter(Objects::nonNull).toList();
    }

    List<Firm> read(ImportRow row, ImportProblems problems) {
        List<String> codes = split(row.get(TAX_CODES)).stream().map(TaxCode::normalize).toList();
        List<String> names = split(row.get(ENTERPRISES));
        Map<String, Firm> firms = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String name = names.size() == codes.size() ? names.get(i) : null;
            Firm firm = firm(row, codes.get(i), name, problems);
            if (firm != null) {
                firms.putIfAbsent(firm.taxCode(), firm);
            }
        }
        for (int i = codes.size(); i < names.size(); i++) {
            problems.add(row.row(), TAX_CODES, KEY + "taxCodeMissing", names.get(i));
        }
        if (firms.size() > IssueService.MAX_FIRMS) {
            problems.add(row.row(), TAX_CODES, IssueService.KEY + "tooManyFirms", IssueService.MAX_FIRMS);
        }
        return List.copyOf(firms.values());
    }

    private Firm firm(ImportRow row, String code, String name, ImportProblems problems) {
        EnterpriseSummary known = registered.get(code);
        if (known != null) {
            return new Firm(known.id(), known.taxCode(), known.name());
        }
        if (!TaxCodes.isValid(code)) {
            problems.add(row.row(), TAX_CODES, ImportProblems.NOT_A_TAX_CODE, code);
        } else if (name == null) {
            problems.add(row.row(), TAX_CODES, KEY + "unregisteredTaxCode", code);
        } else if (name.length() > EnterpriseForm.NAME_MAX) {
            problems.tooLong(row.row(), ENTERPRISES, EnterpriseForm.NAME_MAX, name.length());
        } else {
            return new Firm(null, code, name);
        }
        return null;
    }

    /** The parts of a cell between separators, trimmed, blanks left out. */
    static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        Arrays.stream(cell.split(RecommendationImport.SEPARATOR)).map(String::strip).filter(part -> !part.isEmpty())
                .forEach(parts::add);
        return parts;
    }
}
