package vn.pcitracker.indicator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.DdciCatalogue;
import vn.pcitracker.indicator.domain.DdciCatalogueRepository;
import vn.pcitracker.indicator.domain.DdciComponent;
import vn.pcitracker.indicator.domain.DdciComponentRepository;
import vn.pcitracker.indicator.domain.DdciResult;
import vn.pcitracker.indicator.domain.DdciResultRepository;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Checks the rows of a DDCI results file before anything is written (all rows or none), and stores the results by
 * catalogue, year and unit, replacing what was published before for that unit. The template has a column per
 * component code of every catalogue; the reference file {@code data/reference/ddci_results.csv} has the same ids.
 */
@Component
class DdciResultImporter {

    private static final String KEY = DdciResultRowCheck.KEY;
    private static final List<String> FIXED = List.of("catalogue_code", "year", "unit", "score", "rank", "band",
            "source_document", "source_url", "synthetic");
    private static final Set<String> REQUIRED = Set.of("catalogue_code", "year", "unit", "score");

    private final DdciCatalogueRepository catalogues;
    private final DdciComponentRepository components;
    private final DdciResultRepository results;
    private final AgencyService agencies;

    DdciResultImporter(DdciCatalogueRepository catalogues, DdciComponentRepository components,
                       DdciResultRepository results, AgencyService agencies) {
        this.catalogues = catalogues;
        this.components = components;
        this.results = results;
        this.agencies = agencies;
    }

    /** The fixed columns, then one per component code of the catalogues (a code shared by two is one column). */
    ImportDefinition definition() {
        List<ImportColumn> columns = new ArrayList<>();
        FIXED.forEach(id -> columns.add(new ImportColumn(id, KEY + "column." + id, REQUIRED.contains(id))));
        componentCodes().forEach(code -> columns.add(ImportColumn.literal(code, code)));
        Map<String, String> example = new HashMap<>(Map.of("catalogue_code", "REF-DEPARTMENT", "year", "2023",
                "unit", "Sở Xây dựng", "score", "73.10", "rank", "21",
                "source_document", "Quyết định 4691/QĐ-UBND ngày 29/12/2023 của UBND thành phố Hải Phòng (DDCI 2023)",
                "synthetic", "false"));
        return ImportDefinition.of("indicator.ddci-results", KEY + "title", columns, List.of(example));
    }

    /** Checks every row and duplicates within the file; reads, never writes. */
    ImportPreview<DdciResultRowCheck.Checked> check(List<ImportRow> rows) {
        DdciResultRowCheck rowCheck = rowCheck();
        List<String> componentColumns = componentCodes().stream().toList();
        ImportProblems problems = new ImportProblems();
        List<DdciResultRowCheck.Checked> checked = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportRow row : rows) {
            DdciResultRowCheck.Checked one = rowCheck.check(row.row(), row::get, componentColumns, problems);
            if (one == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(one.fileKey(), row.row());
            if (first != null) {
                problems.duplicate(row.row(), "unit", one.row().unitName(), first);
            } else {
                checked.add(one);
            }
        }
        return problems.isEmpty() ? ImportPreview.of(markStored(checked), problems)
                : ImportPreview.of(List.of(), problems);
    }

    /** Inserts or replaces every row; returns the counts and links to the results of the years written. */
    ImportResult store(List<DdciResultRowCheck.Checked> rows, ImportProgress progress) {
        int inserted = 0;
        int replaced = 0;
        int done = 0;
        Set<ImportLink> links = new LinkedHashSet<>();
        for (DdciResultRowCheck.Checked checked : rows) {
            DdciImportRow row = checked.row();
            DdciResult result = results.findByCatalogueIdAndYearAndUnitKey(checked.catalogueId(), row.year(),
                    checked.unitKey()).orElse(null);
            boolean isNew = result == null;
            if (isNew) {
                result = new DdciResult(checked.catalogueId(), row.year(), checked.unitKey());
                inserted++;
            }
            boolean changed = result.publish(row.unitName(), row.agencyId(), row.score(), row.rank(), row.band(),
                    row.sourceDocument(), row.sourceUrl(), row.synthetic(), checked.componentScores());
            if (!isNew && changed) {
                replaced++;
            }
            if (isNew || changed) {
                links.add(link(checked));
            }
            results.save(result);
            progress.rowsDone(++done, rows.size());
        }
        results.flush();
        return ImportResult.imported(inserted, replaced, rows.size() - inserted - replaced, List.copyOf(links));
    }

    /** The same rules over rows read by the reference data loader. */
    DdciResultRowCheck rowCheck() {
        List<DdciResultRowCheck.Catalogue> all = new ArrayList<>();
        for (DdciCatalogue catalogue : catalogues.findAllByOrderByUnitLevelAscCodeAsc()) {
            Map<String, Long> componentIds = components.findByCatalogueIdOrderByPosition(catalogue.getId()).stream()
                    .collect(Collectors.toMap(DdciComponent::getCode, DdciComponent::getId));
            all.add(new DdciResultRowCheck.Catalogue(catalogue.getId(), catalogue.getCode(), catalogue.getNameVi(),
                    catalogue.getNameEn(), catalogue.getUnitLevel(), componentIds));
        }
        return new DdciResultRowCheck(all, agencies.search(null, true));
    }

    private Set<String> componentCodes() {
        return catalogues.findAllByOrderByUnitLevelAscCodeAsc().stream()
                .flatMap(catalogue -> components.findByCatalogueIdOrderByPosition(catalogue.getId()).stream())
                .map(DdciComponent::getCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<DdciResultRowCheck.Checked> markStored(List<DdciResultRowCheck.Checked> rows) {
        return rows.stream().map(checked -> results.findByCatalogueIdAndYearAndUnitKey(checked.catalogueId(),
                checked.row().year(), checked.unitKey()).isEmpty() ? checked : replacing(checked)).toList();
    }

    private static DdciResultRowCheck.Checked replacing(DdciResultRowCheck.Checked checked) {
        DdciImportRow r = checked.row();
        DdciImportRow row = new DdciImportRow(r.row(), r.catalogueCode(), r.year(), r.unitName(), r.agencyId(),
                r.agencyName(), r.score(), r.rank(), r.band(), r.componentScores(), r.sourceDocument(), r.sourceUrl(),
                r.synthetic(), true);
        return new DdciResultRowCheck.Checked(row, checked.catalogueId(), checked.level(), checked.unitKey(),
                checked.componentScores());
    }

    /** The results page at the row's level and year, searched for the unit. */
    private static ImportLink link(DdciResultRowCheck.Checked checked) {
        DdciImportRow row = checked.row();
        String query = Stream.of("level=" + checked.level().name(), "year=" + row.year(),
                "q=" + URLEncoder.encode(row.unitName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return new ImportLink(row.catalogueCode() + " · " + row.year() + " · " + row.unitName(), "ddci/results?" + query);
    }
}
