package vn.pcitracker.licensing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
    /**
     * Optional columns naming the line this one became in the next version of the catalogue (legal basis code and
     * number); the line may come later in the same file or already be stored. A file without them leaves what a line
     * became as it was.
     */
    static final List<String> NEXT_COLUMNS = List.of("next_legal_basis_code", "next_number");
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String KEY = "licensing.ConditionalLineImporter.";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    /** A checked row of the file. */
    record Row(long line, String legalBasisCode, int number, String nameVi, String nameEn, String managingMinistry,
               LocalDate validFrom, LocalDate validTo, LineOutcome nextOutcome, String sourceUrl,
               String nextBasisCode, Integer nextNumber) {

        String key() {
            return legalBasisCode + "#" + number;
        }

        String nextKey() {
            return nextBasisCode == null ? null : nextBasisCode + "#" + nextNumber;
        }
    }

    /** Either rows (no problems) or problems; {@code withNext} when the file has the {@link #NEXT_COLUMNS}. */
    record Parsed(List<Row> rows, List<ImportProblem> problems, boolean withNext) {

        Parsed(List<Row> rows, List<ImportProblem> problems) {
            this(rows, problems, false);
        }
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
        boolean withNext = false;
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
            withNext = header.containsAll(NEXT_COLUMNS);
            Map<String, Long> basisIds = new HashMap<>();
            bases.findAll().forEach(basis -> basisIds.put(basis.getCode(), basis.getId()));
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = lineOf(text, record.getCharacterPosition());
                Row row = ConditionalLineRowCheck.check(record, line, basisIds.keySet(), problems);
                if (row != null && !seen.add(row.key())) {
                    problems.add(new ImportProblem(line, "number", KEY + "duplicate", row.number()));
                }
                if (row != null) {
                    rows.add(row);
                }
            }
            checkNextLinesExist(rows, seen, basisIds, problems);
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(0, null, KEY + "notCsv"));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(0, null, KEY + "empty"));
        }
        return problems.isEmpty() ? new Parsed(rows, List.of(), withNext) : new Parsed(List.of(), problems);
    }

    /** A next line must be in this file or already stored. */
    private void checkNextLinesExist(List<Row> rows, Set<String> inFile, Map<String, Long> basisIds,
                                     List<ImportProblem> problems) {
        for (Row row : rows) {
            if (row.nextKey() != null && !inFile.contains(row.nextKey())
                    && lines.findByLegalBasisIdAndNumber(basisIds.get(row.nextBasisCode()), row.nextNumber()).isEmpty()) {
                problems.add(new ImportProblem(row.line(), "next_number", KEY + "unknownNextLine",
                        row.nextBasisCode(), row.nextNumber()));
            }
        }
    }

    /** Inserts new lines and updates known ones; returns inserted, updated and unchanged counts. */
    ImportResult upsert(Parsed parsed) {
        List<Row> rows = parsed.rows();
        Map<String, LegalBasis> basisByCode = new HashMap<>();
        bases.findAll().forEach(basis -> basisByCode.put(basis.getCode(), basis));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> unchangedKeys = new HashSet<>();
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
                unchangedKeys.add(row.key());
            }
        }
        lines.flush();
        if (parsed.withNext()) {
            Set<String> relinked = linkNextLines(rows, basisByCode);
            relinked.retainAll(unchangedKeys);
            updated += relinked.size();
            unchanged -= relinked.size();
        }
        return new ImportResult(inserted, updated, unchanged, List.of());
    }

    /**
     * Second pass, once every line of the file is stored: points each line at the line it became (or at none when the
     * cells are empty). Returns the keys of the lines whose next line changed.
     */
    private Set<String> linkNextLines(List<Row> rows, Map<String, LegalBasis> basisByCode) {
        Set<String> changed = new HashSet<>();
        for (Row row : rows) {
            ConditionalLine line = lines.findByLegalBasisIdAndNumber(basisByCode.get(row.legalBasisCode()).getId(),
                    row.number()).orElseThrow();
            Long nextId = row.nextKey() == null ? null : lines.findByLegalBasisIdAndNumber(
                    basisByCode.get(row.nextBasisCode()).getId(), row.nextNumber()).orElseThrow().getId();
            if (!Objects.equals(nextId, line.getNextLineId())) {
                line.setNextLineId(nextId);
                changed.add(row.key());
            }
        }
        lines.flush();
        return changed;
    }

    private static <T> boolean set(T value, T current, Consumer<T> setter) {
        if (Objects.equals(value, current)) {
            return false;
        }
        setter.accept(value);
        return true;
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
