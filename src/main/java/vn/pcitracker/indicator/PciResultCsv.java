package vn.pcitracker.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a province results CSV (UTF-8, with or without BOM) and checks every row before anything is written:
 * the header {@link #COLUMNS}, optionally followed by one column per sub-index code.
 */
final class PciResultCsv {

    static final List<String> COLUMNS = List.of("province_code", "province_name_vi", "province_name_en", "year",
            "composite", "rank", "source_url");
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String KEY = "indicator.PciResultCsv.";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final List<String> subIndexCodes;
    private final Set<String> knownProvinces;
    private final BiPredicate<String, Integer> resultStored;

    PciResultCsv(List<String> subIndexCodes, Set<String> knownProvinces, BiPredicate<String, Integer> resultStored) {
        this.subIndexCodes = subIndexCodes;
        this.knownProvinces = knownProvinces;
        this.resultStored = resultStored;
    }

    ResultImportPreview parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(new CsvProblem(0, null, KEY + "tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvProblem> problems = new ArrayList<>();
        List<ResultImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, problems);
            if (!problems.isEmpty()) {
                return failed(problems);
            }
            List<String> scoreColumns = header.stream().filter(subIndexCodes::contains).toList();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = lineOf(text, record.getCharacterPosition());
                ResultImportRow row = new PciResultRowCheck(record, line, problems)
                        .check(scoreColumns, knownProvinces, resultStored);
                if (row != null && !seen.add(row.provinceCode() + "#" + row.year())) {
                    problems.add(new CsvProblem(line, "year", KEY + "duplicate", row.provinceCode(), row.year()));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new CsvProblem(0, null, KEY + "notCsv"));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new CsvProblem(0, null, KEY + "empty"));
        }
        return problems.isEmpty() ? new ResultImportPreview(rows, List.of(), false) : failed(problems);
    }

    private void checkHeader(List<String> header, List<CsvProblem> problems) {
        COLUMNS.stream().filter(column -> !header.contains(column))
                .forEach(column -> problems.add(new CsvProblem(1, column, KEY + "missingColumn", column)));
        header.stream().filter(column -> !COLUMNS.contains(column) && !subIndexCodes.contains(column))
                .forEach(column -> problems.add(new CsvProblem(1, column, KEY + "unknownColumn", column,
                        String.join(", ", subIndexCodes))));
    }

    /** The template users download: the header with every sub-index column and one example row. */
    String template() {
        String header = String.join(",", COLUMNS) + "," + String.join(",", subIndexCodes);
        String example = "quang-ninh,Quảng Ninh,Quang Ninh,2024,73.20,2,"
                + "https://nld.com.vn/hai-phong-dung-dau-trong-bang-xep-hang-pci-cuoi-cung-co-63-tinh-thanh-pho-196250506094416772.htm"
                + ",".repeat(subIndexCodes.size());
        return header + "\n" + example + "\n";
    }

    private static ResultImportPreview failed(CsvProblem problem) {
        return failed(List.of(problem));
    }

    private static ResultImportPreview failed(List<CsvProblem> problems) {
        return new ResultImportPreview(List.of(), problems, false);
    }

    /** The 1-based line a record starts on, past any blank lines the parser skipped before it. */
    static long lineOf(String text, long position) {
        int at = (int) Math.min(position, text.length());
        long line = 1 + text.substring(0, at).chars().filter(c -> c == '\n').count();
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            if (text.charAt(at) == '\n') {
                line++;
            }
            at++;
        }
        return line;
    }
}
