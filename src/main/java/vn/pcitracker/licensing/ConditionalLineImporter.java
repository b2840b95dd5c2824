package vn.pcitracker.licensing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;

/**
 * Reads a conditional-lines CSV, checks every row before anything is written, and upserts the lines by
 * (legal basis, number). Used by {@link ConditionalLineService#importCsv} and the reference data set.
 */
@Component
class ConditionalLineImporter {

    static final List<String> COLUMNS = List.of("legal_basis_code", "number", "name_vi", "name_en", "managing_ministry",
            "valid_from", "valid_to", "next_outcome", "source_url");
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String KEY = "licensing.ConditionalLineImporter.";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    /** A checked row of the file. */
    record Row(long line, String legalBasisCode, int number, String nameVi, String nameEn, String managingMinistry,
               LocalDate validFrom, LocalDate validTo, LineOutcome nextOutcome, String sourceUrl) {
    }

    /** Either rows (no problems) or problems. */
    record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    private final LegalBasisRepository bases;
    private final ConditionalLineRepository lines;

    ConditionalLineImporter(LegalBasisRepository bases, ConditionalLineRepository lines) {
        this.bases = bases;
        this.lines = lines;
    }

    /** Checks the whole file and reports every problem; reads nothing beyond {@link #MAX_BYTES}. */
    Parsed parse(InputStream csv) {
        String text;
        try {
            byte[] bytes = csv.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return failed(new ImportProblem(0, null, KEY + "tooLarge", MAX_BYTES / (1024 * 1024)));
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed(new ImportProblem(0, null, KEY + "unreadable"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    problems.add(new ImportProblem(headerLine(text), column, KEY + "missingColumn", column));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            Map<String, Long> basisIds = new HashMap<>();
            bases.findAll().forEach(basis -> basisIds.put(basis.getCode(), basis.getId()));
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = lineOf(text, record.getCharacterPosition());
                Row row = check(record, line, basisIds.keySet(), problems);
                if (row != null && !seen.add(row.legalBasisCode() + "#" + row.number())) {
                    problems.add(new ImportProblem(line, "number", KEY + "duplicate", row.number()));
                }
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(0, null, KEY + "notCsv"));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(0, null, KEY + "empty"));
        }
        return problems.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), problems);
    }

    /** Inserts new lines and updates known ones; returns inserted, updated and unchanged counts. */
    ImportResult upsert(List<Row> rows) {
        Map<String, LegalBasis> basisByCode = new HashMap<>();
        bases.findAll().forEach(basis -> basisByCode.put(basis.getCode(), basis));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row row : rows) {
            long basisId = basisByCode.get(row.legalBasisCode()).getId();
            ConditionalLine stored = lines.findByLegalBasisIdAndNumber(basisId, row.number()).orElse(null);
            ConditionalLine target = stored == null ? new ConditionalLine(basisId, row.number(), row.nameVi()) : stored;
            boolean changed = set(row.nameVi(), target.getNameVi(), target::setNameVi)
                    | set(row.nameEn(), target.getNameEn(), target::setNameEn)
                    | set(row.managingMinistry(), target.getManagingMinistry(), target::setManagingMinistry)
                    | set(row.validFrom(), target.getValidFrom(), target::setValidFrom)
                    | set(row.validTo(), target.getValidTo(), target::setValidTo)
                    | set(row.nextOutcome(), target.getNextOutcome(), target::setNextOutcome)
                    | set(row.sourceUrl(), target.getSourceUrl(), target::setSourceUrl);
            if (stored == null) {
                lines.save(target);
                inserted++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }
        lines.flush();
        return new ImportResult(inserted, updated, unchanged, List.of());
    }

    private static <T> boolean set(T value, T current, Consumer<T> setter) {
        if (Objects.equals(value, current)) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    private static Row check(CSVRecord record, long line, Set<String> basisCodes, List<ImportProblem> problems) {
        int before = problems.size();
        String basis = cell(record, "legal_basis_code");
        if (basis == null) {
            problems.add(new ImportProblem(line, "legal_basis_code", "shared.validation.required"));
        } else if (!basisCodes.contains(basis)) {
            problems.add(new ImportProblem(line, "legal_basis_code", KEY + "unknownBasis", basis));
        }
        Integer number = null;
        String numberText = cell(record, "number");
        if (numberText == null) {
            problems.add(new ImportProblem(line, "number", "shared.validation.required"));
        } else {
            try {
                number = Integer.valueOf(numberText);
                if (number < 1) {
                    problems.add(new ImportProblem(line, "number", KEY + "notPositive", numberText));
                }
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(line, "number", KEY + "notPositive", numberText));
            }
        }
        String nameVi = cell(record, "name_vi");
        if (nameVi == null) {
            problems.add(new ImportProblem(line, "name_vi", "shared.validation.required"));
        }
        length(record, "name_vi", 1000, line, problems);
        length(record, "name_en", 1000, line, problems);
        length(record, "managing_ministry", 255, line, problems);
        length(record, "source_url", 1000, line, problems);
        LocalDate validFrom = date(record, "valid_from", line, problems);
        LocalDate validTo = date(record, "valid_to", line, problems);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new ImportProblem(line, "valid_to", KEY + "endsBeforeStart"));
        }
        LineOutcome outcome = null;
        String outcomeText = cell(record, "next_outcome");
        if (outcomeText != null) {
            try {
                outcome = LineOutcome.valueOf(outcomeText.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(line, "next_outcome", KEY + "unknownOutcome", outcomeText));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, basis, number, nameVi, cell(record, "name_en"), cell(record, "managing_ministry"),
                validFrom, validTo, outcome, cell(record, "source_url"));
    }

    private static void length(CSVRecord record, String column, int max, long line, List<ImportProblem> problems) {
        String value = cell(record, column);
        if (value != null && value.length() > max) {
            problems.add(new ImportProblem(line, column, "shared.validation.tooLong", max));
        }
    }

    private static LocalDate date(CSVRecord record, String column, long line, List<ImportProblem> problems) {
        String value = cell(record, column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, column, KEY + "notADate", value));
            return null;
        }
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Parsed failed(ImportProblem problem) {
        return new Parsed(List.of(), List.of(problem));
    }

    private static long headerLine(String text) {
        return lineOf(text, 0);
    }

    /** The 1-based line where a record starts, skipping the comments and blank lines the parser read before it. */
    static long lineOf(String text, long position) {
        int at = (int) Math.min(position, text.length());
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String physical = (end < 0 ? text.substring(at) : text.substring(at, end)).strip();
            if (!physical.isEmpty() && !physical.startsWith("#")) {
                break;
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
            line++;
        }
        return line;
    }
}
