package vn.pcitracker.indicator;

import static vn.pcitracker.indicator.PciResultCsv.KEY;

import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** The checks of one row of a province results file: every problem of the row is reported, by column. */
final class PciResultRowCheck {

    private static final Pattern PROVINCE_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int CODE_MAX_LENGTH = 40;
    private static final int NAME_MAX_LENGTH = 120;
    private static final int URL_MAX_LENGTH = 500;

    private final CSVRecord record;
    private final long line;
    private final List<CsvProblem> problems;

    PciResultRowCheck(CSVRecord record, long line, List<CsvProblem> problems) {
        this.record = record;
        this.line = line;
        this.problems = problems;
    }

    /** The row, or null when it has problems (added to the list). */
    ResultImportRow check(List<String> scoreColumns, Set<String> knownProvinces, BiPredicate<String, Integer> stored) {
        int before = problems.size();
        String code = cell("province_code");
        String nameVi = cell("province_name_vi");
        String nameEn = cell("province_name_en");
        boolean known = code != null && knownProvinces.contains(code);
        if (code == null) {
            problem("province_code", "shared.validation.required");
        } else if (code.length() > CODE_MAX_LENGTH || !PROVINCE_CODE.matcher(code).matches()) {
            problem("province_code", KEY + "badProvinceCode", code);
        } else if (!known && nameVi == null) {
            problem("province_name_vi", KEY + "newProvinceNeedsName", code);
        }
        tooLong("province_name_vi", nameVi, NAME_MAX_LENGTH);
        tooLong("province_name_en", nameEn, NAME_MAX_LENGTH);
        Integer year = year();
        BigDecimal composite = decimal("composite", PciRules.MAX_COMPOSITE, KEY + "compositeRange");
        Integer rank = rank();
        String url = cell("source_url");
        tooLong("source_url", url, URL_MAX_LENGTH);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String column : scoreColumns) {
            BigDecimal score = decimal(column, PciRules.MAX_SCORE, KEY + "scoreRange");
            if (score != null) {
                scores.put(column, score);
            }
        }
        if (problems.size() == before && composite == null && rank == null && scores.isEmpty()) {
            problem("composite", KEY + "noFigures");
        }
        if (problems.size() > before) {
            return null;
        }
        return new ResultImportRow(line, code, nameVi, nameEn, year, composite, rank, url, Map.copyOf(scores),
                !known, known && stored.test(code, year));
    }

    private Integer year() {
        String text = cell("year");
        int last = Year.now().getValue();
        try {
            Integer year = text == null ? null : Integer.valueOf(text);
            if (year == null) {
                problem("year", "shared.validation.required");
            } else if (year < PciRules.FIRST_YEAR || year > last) {
                problem("year", KEY + "yearRange", text, PciRules.FIRST_YEAR, last);
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            problem("year", KEY + "yearRange", text, PciRules.FIRST_YEAR, last);
            return null;
        }
    }

    private Integer rank() {
        String text = cell("rank");
        try {
            Integer rank = text == null ? null : Integer.valueOf(text);
            if (rank != null && rank < 1) {
                problem("rank", KEY + "rankRange", text);
            }
            return rank;
        } catch (NumberFormatException e) {
            problem("rank", KEY + "rankRange", text);
            return null;
        }
    }

    /** A number written with a decimal point, 0 to {@code max}, with at most two decimals. */
    private BigDecimal decimal(String column, BigDecimal max, String key) {
        String text = cell(column);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (PciRules.within(value, max, 2)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a value out of range
        }
        problem(column, key, text);
        return null;
    }

    private void tooLong(String column, String value, int max) {
        if (value != null && value.length() > max) {
            problem(column, "shared.validation.tooLong", max);
        }
    }

    private String cell(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private void problem(String column, String key, Object... args) {
        problems.add(new CsvProblem(line, column, key, args));
    }
}
