package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.indicator.domain.DdciCatalogue;
import vn.pcitracker.indicator.domain.DdciCatalogueRepository;
import vn.pcitracker.indicator.domain.DdciComponentRepository;
import vn.pcitracker.indicator.domain.DdciResult;
import vn.pcitracker.indicator.domain.DdciResultRepository;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Official DDCI results per catalogue (unit level) and year, and their import. Investment officers, leaders and
 * administrators read every unit; an agency officer reads only the results of their own agency; association
 * representatives read none. Investment officers and administrators import.
 */
@Service
public class DdciResultService {

    static final String READERS = "hasAnyRole('INVESTMENT_OFFICER','LEADER','ADMIN','AGENCY_OFFICER')";
    static final String IMPORTERS = "hasAnyRole('INVESTMENT_OFFICER','ADMIN')";
    private static final Comparator<DdciResultSummary> BY_RANK_THEN_SCORE = Comparator
            .comparing(DdciResultSummary::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DdciResultSummary::score, Comparator.reverseOrder());

    private final DdciResultRepository results;
    private final DdciCatalogueRepository catalogues;
    private final DdciComponentRepository components;
    private final DdciResultImporter importer;
    private final CurrentUser currentUser;

    DdciResultService(DdciResultRepository results, DdciCatalogueRepository catalogues,
                      DdciComponentRepository components, DdciResultImporter importer, CurrentUser currentUser) {
        this.results = results;
        this.catalogues = catalogues;
        this.components = components;
        this.importer = importer;
        this.currentUser = currentUser;
    }

    /** The years with results at the level that the user may see, latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<Integer> years(UnitLevel level) {
        return visible(results.findByCatalogueIdIn(catalogues(level).keySet())).stream().map(DdciResult::getYear)
                .distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The results of a level and year, best rank first (unranked last, by score). */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<DdciResultSummary> results(UnitLevel level, int year) {
        Map<Long, DdciCatalogue> byId = catalogues(level);
        return visible(results.findByCatalogueIdInAndYear(byId.keySet(), year)).stream()
                .map(result -> toSummary(result, byId)).sorted(BY_RANK_THEN_SCORE).toList();
    }

    /** The same unit's results over the years at the result's level, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<DdciResultSummary> trend(long resultId) {
        DdciResult result = visible(List.of(results.findById(resultId)
                .orElseThrow(() -> new RecordNotFoundException("DdciResult", resultId)))).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("DdciResult", resultId));
        Map<Long, DdciCatalogue> byId = catalogues(catalogues.findById(result.getCatalogueId()).orElseThrow()
                .getUnitLevel());
        List<DdciResult> years = result.getAgencyId() != null
                ? results.findByCatalogueIdInAndAgencyIdOrderByYear(byId.keySet(), result.getAgencyId())
                : results.findByCatalogueIdInAndAgencyIdIsNullAndUnitKeyOrderByYear(byId.keySet(), result.getUnitKey());
        return years.stream().map(year -> toSummary(year, byId)).toList();
    }

    /** Each agency's latest official result (of any level), keyed by agency id; an agency officer gets their own. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Map<Long, DdciResultSummary> latestByAgency() {
        Map<Long, DdciCatalogue> byId = catalogues.findAll().stream()
                .collect(Collectors.toMap(DdciCatalogue::getId, Function.identity()));
        return visible(results.latestPerAgency()).stream().map(result -> toSummary(result, byId))
                .collect(Collectors.toMap(DdciResultSummary::agencyId, Function.identity(), (a, b) -> a));
    }

    /** The columns of the import template: the fixed ones, then one per component code of the catalogues. */
    @Transactional(readOnly = true)
    @PreAuthorize(IMPORTERS)
    public ImportDefinition importDefinition() {
        return importer.definition();
    }

    /** Checks every row of a file and says what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(IMPORTERS)
    public ImportPreview<DdciImportRow> previewImport(List<ImportRow> rows) {
        ImportPreview<DdciResultRowCheck.Checked> checked = importer.check(rows);
        return new ImportPreview<>(checked.records().stream().map(DdciResultRowCheck.Checked::row).toList(),
                checked.problems());
    }

    /**
     * Checks the rows again and imports every one, or nothing when any row has a problem; a unit's result of a
     * catalogue and year already stored is replaced.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public ImportResult importRows(List<ImportRow> rows, ImportProgress progress) {
        ImportPreview<DdciResultRowCheck.Checked> checked = importer.check(rows);
        if (!checked.valid()) {
            return ImportResult.refused(checked.problems());
        }
        return importer.store(checked.records(), progress);
    }

    /** What the signed-in user may see: an agency officer only their agency's results. */
    private List<DdciResult> visible(List<DdciResult> all) {
        SignedInUser user = currentUser.require();
        if (!user.is(Role.AGENCY_OFFICER)) {
            return all;
        }
        return all.stream().filter(result -> user.agencyId() != null && user.agencyId().equals(result.getAgencyId()))
                .toList();
    }

    private Map<Long, DdciCatalogue> catalogues(UnitLevel level) {
        return catalogues.findAllByOrderByUnitLevelAscCodeAsc().stream()
                .filter(catalogue -> catalogue.getUnitLevel() == level)
                .collect(Collectors.toMap(DdciCatalogue::getId, Function.identity()));
    }

    private DdciResultSummary toSummary(DdciResult result, Map<Long, DdciCatalogue> byId) {
        DdciCatalogue catalogue = byId.get(result.getCatalogueId());
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (!result.getComponentScores().isEmpty()) {
            components.findByCatalogueIdOrderByPosition(catalogue.getId()).forEach(component -> Optional
                    .ofNullable(result.getComponentScores().get(component.getId()))
                    .ifPresent(score -> scores.put(component.getCode(), score)));
        }
        return new DdciResultSummary(result.getId(), catalogue.getId(), catalogue.getCode(), catalogue.getUnitLevel(),
                result.getYear(), result.getUnitName(), result.getAgencyId(), result.getScore(), result.getRank(),
                result.getBand(), scores, result.getSourceDocument(), result.getSourceUrl(), result.isSynthetic());
    }
}
