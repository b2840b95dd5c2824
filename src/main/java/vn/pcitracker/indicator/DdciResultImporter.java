package vn.pcitracker.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.domain.DdciCatalogue;
import vn.pcitracker.indicator.domain.DdciCatalogueRepository;
import vn.pcitracker.indicator.domain.DdciComponent;
import vn.pcitracker.indicator.domain.DdciComponentRepository;
import vn.pcitracker.indicator.domain.DdciResult;
import vn.pcitracker.indicator.domain.DdciResultRepository;
import vn.pcitracker.organization.AgencyService;

/**
 * Reads a DDCI results file, checks every row before anything is written (all rows or none), and stores the results
 * by catalogue, year and unit, replacing what was published before for that unit.
 */
@Component
class DdciResultImporter {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final String KEY = DdciResultRowCheck.KEY;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    /** The checked rows, or the problems (then no rows). */
    record Parsed(List<DdciResultRowCheck.Checked> rows, List<DdciImportProblem> problems) {
    }

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

    Parsed parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(new DdciImportProblem(0, null, KEY + "tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<DdciImportProblem> problems = new ArrayList<>();
        List<DdciResultRowCheck.Checked> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            long headerLine = parser.getCurrentLineNumber();
            DdciResultRowCheck.REQUIRED.stream().filter(column -> !header.contains(column)).forEach(column ->
                    problems.add(new DdciImportProblem(headerLine, column, KEY + "missingColumn", column)));
            if (!problems.isEmpty()) {
                return failed(problems);
            }
            List<String> componentColumns = header.stream()
                    .filter(column -> !DdciResultRowCheck.COLUMNS.contains(column)).toList();
            DdciResultRowCheck check = rowCheck();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                DdciResultRowCheck.Checked row = check.check(line, column -> cell(record, column), componentColumns,
                        problems);
                if (row != null && !seen.add(row.fileKey())) {
                    problems.add(new DdciImportProblem(line, "unit", KEY + "duplicateUnit", row.row().unitName(),
                            row.row().year()));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new DdciImportProblem(0, null, KEY + "notCsv"));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new DdciImportProblem(0, null, KEY + "empty"));
        }
        return problems.isEmpty() ? new Parsed(markStored(rows), List.of()) : failed(problems);
    }

    /** Inserts or replaces every row; returns the counts. */
    DdciImportResult store(Parsed parsed) {
        int inserted = 0;
        int replaced = 0;
        for (DdciResultRowCheck.Checked checked : parsed.rows()) {
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
            results.save(result);
        }
        results.flush();
        return new DdciImportResult(inserted, replaced, parsed.rows().size() - inserted - replaced, List.of());
    }

    /** The same rules over rows read by the reference data loader. */
    DdciResultRowCheck rowCheck() {
        Map<String, DdciResultRowCheck.Catalogue> byCode = new HashMap<>();
        for (DdciCatalogue catalogue : catalogues.findAll()) {
            Map<String, Long> componentIds = components.findByCatalogueIdOrderByPosition(catalogue.getId()).stream()
                    .collect(Collectors.toMap(DdciComponent::getCode, DdciComponent::getId));
            byCode.put(catalogue.getCode(), new DdciResultRowCheck.Catalogue(catalogue.getId(), catalogue.getCode(),
                    componentIds));
        }
        return new DdciResultRowCheck(byCode, new AgencyMatcher(agencies.search(null, true)));
    }

    private List<DdciResultRowCheck.Checked> markStored(List<DdciResultRowCheck.Checked> rows) {
        return rows.stream().map(checked -> results.findByCatalogueIdAndYearAndUnitKey(checked.catalogueId(),
                checked.row().year(), checked.unitKey()).isEmpty() ? checked : replacing(checked)).toList();
    }

    private static DdciResultRowCheck.Checked replacing(DdciResultRowCheck.Checked checked) {
        DdciImportRow r = checked.row();
        DdciImportRow row = new DdciImportRow(r.line(), r.catalogueCode(), r.year(), r.unitName(), r.agencyId(),
                r.agencyName(), r.score(), r.rank(), r.band(), r.componentScores(), r.sourceDocument(), r.sourceUrl(),
                r.synthetic(), true);
        return new DdciResultRowCheck.Checked(row, checked.catalogueId(), checked.unitKey(), checked.componentScores());
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Parsed failed(DdciImportProblem problem) {
        return failed(List.of(problem));
    }

    private static Parsed failed(List<DdciImportProblem> problems) {
        return new Parsed(List.of(), problems);
    }
}
