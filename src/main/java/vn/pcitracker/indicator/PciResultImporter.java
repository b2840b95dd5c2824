package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.PciResult;
import vn.pcitracker.indicator.domain.PciResultRepository;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.indicator.domain.Province;
import vn.pcitracker.indicator.domain.ProvinceRepository;
import vn.pcitracker.shared.importing.ImportColumn;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Checks the rows of a province results file (every problem before anything is written) and upserts the results by
 * province and year, creating the provinces not known yet. The template's columns are those of
 * {@code data/reference/pci_results.csv} with the provinces' names, then one per sub-index code.
 */
@Component
class PciResultImporter {

    private static final String KEY = "indicator.PciResultImporter.";
    private static final String SOURCE = "https://nld.com.vn/hai-phong-dung-dau-trong-bang-xep-hang-pci-cuoi-cung-co-63-"
            + "tinh-thanh-pho-196250506094416772.htm";

    private final ProvinceRepository provinces;
    private final PciResultRepository results;
    private final PciSubIndexRepository subIndices;

    PciResultImporter(ProvinceRepository provinces, PciResultRepository results, PciSubIndexRepository subIndices) {
        this.provinces = provinces;
        this.results = results;
        this.subIndices = subIndices;
    }

    ImportDefinition definition() {
        List<ImportColumn> columns = new ArrayList<>(List.of(
                ImportColumn.required("province_code", KEY + "provinceCode"),
                ImportColumn.optional("province_name_vi", KEY + "provinceNameVi"),
                ImportColumn.optional("province_name_en", KEY + "provinceNameEn"),
                ImportColumn.required("year", KEY + "year"),
                ImportColumn.optional("composite", KEY + "composite"),
                ImportColumn.optional("rank", KEY + "rank"),
                ImportColumn.optional("source_url", KEY + "sourceUrl")));
        subIndexCodes().forEach(code -> columns.add(ImportColumn.literal(code, code)));
        return ImportDefinition.of("indicator.pci-results", KEY + "title", columns,
                List.of(Map.of("province_code", "quang-ninh", "province_name_vi", "Quảng Ninh",
                        "province_name_en", "Quang Ninh", "year", "2024", "composite", "73.20", "rank", "2",
                        "source_url", SOURCE)));
    }

    /** Checks every row and duplicates within the file; reads, never writes. */
    ImportPreview<ResultImportRow> check(List<ImportRow> rows) {
        List<Province> known = provinces.findAll();
        Map<Long, String> codes = known.stream().collect(Collectors.toMap(Province::getId, Province::getCode));
        Set<String> stored = results.findAll().stream()
                .map(result -> codes.get(result.getProvinceId()) + "#" + result.getYear()).collect(Collectors.toSet());
        PciResultRowCheck rowCheck = new PciResultRowCheck(known, subIndexCodes(),
                (code, year) -> stored.contains(code + "#" + year));
        ImportProblems problems = new ImportProblems();
        List<ResultImportRow> checked = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (ImportRow row : rows) {
            ResultImportRow one = rowCheck.check(row, problems);
            if (one == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(one.provinceCode() + "#" + one.year(), one.row());
            if (first != null) {
                problems.duplicate(one.row(), "year", one.provinceCode() + " " + one.year(), first);
            } else {
                checked.add(one);
            }
        }
        return ImportPreview.of(problems.isEmpty() ? checked : List.of(), problems);
    }

    /** Creates the new provinces and upserts every row's result; blank figures clear the stored ones. */
    ImportResult store(List<ResultImportRow> rows, ImportProgress progress) {
        Map<String, Long> subIndexIds = subIndices.findAll().stream()
                .collect(Collectors.toMap(PciSubIndex::getCode, PciSubIndex::getId));
        Map<String, Province> byCode = new HashMap<>();
        int created = 0;
        int updated = 0;
        int done = 0;
        Set<ImportLink> links = new LinkedHashSet<>();
        for (ResultImportRow row : rows) {
            Province province = byCode.computeIfAbsent(row.provinceCode(), code -> provinces.findByCode(code)
                    .orElseGet(() -> createProvince(row)));
            PciResult stored = results.findByProvinceIdAndYear(province.getId(), row.year()).orElse(null);
            PciResult result = stored != null ? stored : new PciResult(province.getId(), row.year());
            boolean changed = stored == null || changes(stored, row, subIndexIds);
            result.setComposite(row.composite());
            result.setRank(row.rank());
            result.setSourceUrl(row.sourceUrl());
            row.scores().forEach((code, score) -> result.putScore(subIndexIds.get(code), score));
            results.save(result);
            created += stored == null ? 1 : 0;
            updated += stored != null && changed ? 1 : 0;
            if (changed) {
                links.add(new ImportLink(province.getNameVi() + " · " + row.year(), "pci/results"));
            }
            progress.rowsDone(++done, rows.size());
        }
        results.flush();
        return ImportResult.imported(created, updated, rows.size() - created - updated, List.copyOf(links));
    }

    private static boolean changes(PciResult stored, ResultImportRow row, Map<String, Long> subIndexIds) {
        return !same(stored.getComposite(), row.composite()) || !Objects.equals(stored.getRank(), row.rank())
                || !Objects.equals(stored.getSourceUrl(), row.sourceUrl())
                || row.scores().entrySet().stream().anyMatch(score ->
                        !same(stored.getScores().get(subIndexIds.get(score.getKey())), score.getValue()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private Province createProvince(ResultImportRow row) {
        Province province = new Province(row.provinceCode(), row.nameVi());
        province.setNameEn(row.nameEn());
        return provinces.saveAndFlush(province);
    }

    private List<String> subIndexCodes() {
        return subIndices.findAllByOrderByNumber().stream().map(PciSubIndex::getCode).toList();
    }
}
