package vn.pcitracker.licensing;

import java.io.InputStream;
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

/**
 * The catalogue of conditional business lines: everyone signed in reads it, investment officers (and
 * administrators) import lines from CSV, all or nothing.
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

    /**
     * Imports a UTF-8 CSV (with or without BOM) with the columns of {@code data/reference/conditional_lines.csv};
     * dates as dd/MM/yyyy or yyyy-MM-dd. The optional columns {@code next_legal_basis_code} and {@code next_number}
     * say which line of a later legal basis this one became (in the file or already stored); when a file has them,
     * empty cells clear that link. Every row is checked first: if any fails, every problem is returned by
     * line and column and nothing is written; otherwise the lines are upserted by (legal basis, number).
     */
    @Transactional
    @PreAuthorize(MAY_WRITE)
    public ImportResult importCsv(InputStream csv) {
        ConditionalLineImporter.Parsed parsed = importer.parse(csv);
        if (!parsed.problems().isEmpty()) {
            return ImportResult.refused(parsed.problems());
        }
        return importer.upsert(parsed);
    }

    private Map<Long, String> basisCodes() {
        Map<Long, String> codes = new HashMap<>();
        bases.findAll().forEach(basis -> codes.put(basis.getId(), basis.getCode()));
        return codes;
    }

    /** A LIKE pattern that matches {@code text} literally anywhere; blank matches everything. */
    static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
