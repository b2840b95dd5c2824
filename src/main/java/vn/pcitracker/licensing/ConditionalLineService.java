package vn.pcitracker.licensing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.SearchText;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * The catalogue of conditional business lines: everyone signed in reads it, investment officers (and
 * administrators) import lines from Excel or CSV, all or nothing.
 */
@Service
public class ConditionalLineService {

    /** Who may import lines. */
    public static final String MAY_WRITE = "hasAnyRole('" + Role.Names.INVESTMENT_OFFICER + "', '" + Role.Names.ADMIN + "')";

    private final LegalBasisRepository bases;
    private final ConditionalLineRepository lines;
    private final ConditionalLineImporter importer;

    ConditionalLineService(LegalBasisRepository bases, ConditionalLineRepository lines, ConditionalLineImporter importer) {
        this.bases = bases;
        this.lines = lines;
        this.importer = importer;
    }

    /**
     * Lines ordered by legal basis and number. {@code text} matches the names and managing ministry ignoring case
     * and Vietnamese diacritics; {@code legalBasisId} null means every basis.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<ConditionalLineSummary> search(String text, Long legalBasisId) {
        Map<Long, String> codes = basisCodes();
        return lines.search(containsPattern(text), legalBasisId == null ? 0 : legalBasisId).stream()
                .map(line -> line.toSummary(codes.get(line.getLegalBasisId()))).toList();
    }

    /** The lines with these ids (any legal basis, in no particular order); unknown ids are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<ConditionalLineSummary> findAll(Collection<Long> ids) {
        Map<Long, String> codes = basisCodes();
        return lines.findAllById(ids).stream().map(line -> line.toSummary(codes.get(line.getLegalBasisId()))).toList();
    }

    /** The legal bases, by code. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<LegalBasisSummary> legalBases() {
        return bases.findAllByOrderByCodeAsc().stream().map(LegalBasis::toSummary).toList();
    }

    /** The columns and examples of the import template; the ids are the header of the reference file. */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_WRITE)
    public ImportDefinition importDefinition() {
        return ConditionalLineImporter.DEFINITION;
    }

    /** Checks every row of a file and says what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_WRITE)
    public ImportPreview<ConditionalLineDraft> previewImport(List<ImportRow> rows) {
        ConditionalLineImporter.Checked checked = importer.check(rows);
        return new ImportPreview<>(checked.drafts(), checked.problems());
    }

    /**
     * Checks the rows again and, only when every row is valid, upserts the lines by (legal basis, number); otherwise
     * returns every problem and writes nothing. Legal bases are named by code or name, outcomes by code or label,
     * dates as dd/MM/yyyy or yyyy-MM-dd. The next-line cells ({@code next_legal_basis_code}, {@code next_number}) say
     * which line of a later legal basis this one became (in the file or already stored). A file where no row names
     * a next line leaves every line's link as it was; otherwise a row without one clears its link, as the reference
     * file does.
     */
    @Transactional
    @PreAuthorize(MAY_WRITE)
    public ImportResult importRows(List<ImportRow> rows, ImportProgress progress) {
        ConditionalLineImporter.Checked checked = importer.check(rows);
        if (!checked.problems().isEmpty()) {
            return ImportResult.refused(checked.problems());
        }
        return importer.upsert(checked.drafts(), checked.withNext(), progress);
    }

    private Map<Long, String> basisCodes() {
        Map<Long, String> codes = new HashMap<>();
        bases.findAll().forEach(basis -> codes.put(basis.getId(), basis.getCode()));
        return codes;
    }

    /** A LIKE pattern that matches {@code text} literally anywhere; blank matches everything. */
    static String containsPattern(String text) {
        return SearchText.containsPattern(text);
    }
}
