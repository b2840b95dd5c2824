package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import vn.pcitracker.indicator.domain.Province;
import vn.pcitracker.shared.Violations;
import vn.pcitracker.shared.importing.CatalogueMatcher;
import vn.pcitracker.shared.importing.ImportCells;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * The checks of one row of a province results file: every problem of the row is reported, by column. A province
 * is named by its code or its name, ignoring case and diacritics; a code no province has is a new province, which
 * needs a well-formed code and a Vietnamese name.
 */
final class PciResultRowCheck {

    static final String KEY = "indicator.PciResultRowCheck.";
    private static final Pattern PROVINCE_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int CODE_MAX_LENGTH = 40;
    private static final int NAME_MAX_LENGTH = 120;
    private static final int URL_MAX_LENGTH = 500;

    private final CatalogueMatcher<Province> provinces;
    private final List<String> scoreColumns;
    private final BiPredicate<String, Integer> stored;

    /** @param stored whether a result of the province (by code) and year is stored */
    PciResultRowCheck(List<Province> provinces, List<String> scoreColumns, BiPredicate<String, Integer> stored) {
        this.provinces = CatalogueMatcher.byNames(provinces, Province::getCode, Province::getNameVi,
                Province::getNameEn);
        this.scoreColumns = scoreColumns;
        this.stored = stored;
    }

    /** The row, or null when it has problems (added to {@code problems}). */
    ResultImportRow check(ImportRow row, ImportProblems problems) {
        int line = row.row();
        String nameVi = ImportCells.text(row, "province_name_vi", NAME_MAX_LENGTH, problems);
        String nameEn = ImportCells.text(row, "province_name_en", NAME_MAX_LENGTH, problems);
        Province known = province(row, nameVi, problems);
        Integer year = year(row, problems);
        BigDecimal composite = decimal(row, "composite", PciRules.MAX_COMPOSITE, "compositeRange", problems);
        Integer rank = rank(row, problems);
        String url = ImportCells.text(row, "source_url", URL_MAX_LENGTH, problems);
        if (!Violations.isWebAddress(url)) {
            problems.add(line, "source_url", Violations.NOT_WEB_ADDRESS);
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String column : scoreColumns) {
            BigDecimal score = decimal(row, column, PciRules.MAX_SCORE, "scoreRange", problems);
            if (score != null) {
                scores.put(column, score);
            }
        }
        if (!problems.hasRow(line) && composite == null && rank == null && scores.isEmpty()) {
            problems.add(line, "composite", KEY + "noFigures");
        }
        if (problems.hasRow(line)) {
            return null;
        }
        String code = known != null ? known.getCode() : row.get("province_code");
        return new ResultImportRow(line, code, nameVi, nameEn, year, composite, rank, url, Map.copyOf(scores),
                known == null, known != null && stored.test(code, year));
    }

    /** The stored province the cell names, or null for a new one (checked here) or a problem. */
    private Province province(ImportRow row, String nameVi, ImportProblems problems) {
        String code = ImportCells.required(row, "province_code", problems);
        if (code == null) {
            return null;
        }
        List<Province> found = provinces.matches(code);
        if (found.size() == 1) {
            return found.getFirst();
        }
        if (found.size() > 1) {
            problems.ambiguous(row.row(), "province_code", code, found.size());
        } else if (code.length() > CODE_MAX_LENGTH || !PROVINCE_CODE.matcher(code).matches()) {
            problems.add(row.row(), "province_code", KEY + "badProvinceCode", code);
        } else if (nameVi == null) {
            problems.add(row.row(), "province_name_vi", KEY + "newProvinceNeedsName", code);
        }
        return null;
    }

    private static Integer year(ImportRow row, ImportProblems problems) {
        String text = ImportCells.required(row, "year", problems);
        if (text == null) {
            return null;
        }
        int last = Year.now().getValue();
        Integer year = ImportNumbers.wholeNumber(text);
        if (year == null || year < PciRules.FIRST_YEAR || year > last) {
            problems.add(row.row(), "year", KEY + "yearRange", text, PciRules.FIRST_YEAR, last);
            return null;
        }
        return year;
    }

    private static Integer rank(ImportRow row, ImportProblems problems) {
        String text = row.get("rank");
        Integer rank = text == null ? null : ImportNumbers.wholeNumber(text);
        if (text != null && (rank == null || rank < 1)) {
            problems.add(row.row(), "rank", KEY + "rankRange", text);
            return null;
        }
        return rank;
    }

    /** A number 0 to {@code max} with at most two decimals, written with a dot or a comma. */
    private static BigDecimal decimal(ImportRow row, String column, BigDecimal max, String key,
                                      ImportProblems problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        BigDecimal value = ImportNumbers.decimal(text);
        if (value != null && PciRules.within(value, max, 2)) {
            return value;
        }
        problems.add(row.row(), column, KEY + key, text);
        return null;
    }
}
