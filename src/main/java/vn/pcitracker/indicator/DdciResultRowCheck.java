package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.pcitracker.indicator.domain.DdciResult;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.importing.CatalogueMatcher;
import vn.pcitracker.shared.importing.ImportProblems;

/**
 * Checks one row of a DDCI results file and collects every problem of it by column; the same rules serve the
 * officers' import and the reference data file. Catalogues are named by code or name and units matched to agencies
 * by code or name, ignoring case and diacritics; the component columns are named by component code and must belong
 * to the row's catalogue.
 */
final class DdciResultRowCheck {

    static final String KEY = "indicator.DdciResultImport.";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** A catalogue as the check needs it: its id, names and its components' ids by code. */
    record Catalogue(long id, String code, String nameVi, String nameEn, UnitLevel level,
                     Map<String, Long> componentIds) {
    }

    /** A row that passed: what the preview shows, and what storing it needs. */
    record Checked(DdciImportRow row, long catalogueId, UnitLevel level, String unitKey,
                   Map<Long, BigDecimal> componentScores) {

        String fileKey() {
            return catalogueId + "|" + row.year() + "|" + unitKey;
        }
    }

    private final CatalogueMatcher<Catalogue> catalogues;
    private final CatalogueMatcher<AgencySummary> agencies;

    DdciResultRowCheck(List<Catalogue> catalogues, List<AgencySummary> agencies) {
        this.catalogues = CatalogueMatcher.byNames(catalogues, Catalogue::code, Catalogue::nameVi, Catalogue::nameEn);
        this.agencies = CatalogueMatcher.byNames(agencies, AgencySummary::code, AgencySummary::nameVi,
                AgencySummary::nameEn);
    }

    /** The checked row, or null after adding its problems; {@code cell} gives null for a blank or absent cell. */
    Checked check(int line, Function<String, String> cell, List<String> componentColumns, ImportProblems problems) {
        Problems found = new Problems(line, problems);
        Catalogue catalogue = catalogue(cell.apply("catalogue_code"), found);
        Integer year = year(cell.apply("year"), found);
        String unit = found.required("unit", cell.apply("unit"));
        found.tooLong("unit", unit, DdciResult.UNIT_NAME_MAX_LENGTH);
        List<AgencySummary> matched = unit == null ? List.of() : agencies.matches(unit);
        found.check(matched.size() <= 1, "unit", "ambiguousUnit",
                String.join(", ", matched.stream().map(AgencySummary::code).toList()));
        BigDecimal score = score("score", found.required("score", cell.apply("score")), found);
        Integer rank = rank(cell.apply("rank"), found);
        String band = found.tooLong("band", cell.apply("band"), DdciResult.BAND_MAX_LENGTH);
        String document = found.tooLong("source_document", cell.apply("source_document"),
                DdciResult.SOURCE_DOCUMENT_MAX_LENGTH);
        String url = found.tooLong("source_url", cell.apply("source_url"), DdciResult.SOURCE_URL_MAX_LENGTH);
        found.check(url == null || url.matches("(?i)https?://\\S+"), "source_url", "notUrl");
        Boolean synthetic = synthetic(cell.apply("synthetic"), found);
        Map<String, BigDecimal> componentsByCode = new LinkedHashMap<>();
        Map<Long, BigDecimal> componentsById = new LinkedHashMap<>();
        for (String column : componentColumns) {
            BigDecimal value = score(column, cell.apply(column), found);
            Long componentId = catalogue == null ? null : catalogue.componentIds().get(column);
            found.check(value == null || catalogue == null || componentId != null, column, "unknownComponent", column);
            if (value != null && componentId != null) {
                componentsByCode.put(column, value);
                componentsById.put(componentId, value);
            }
        }
        if (problems.hasRow(line)) {
            return null;
        }
        AgencySummary agency = matched.isEmpty() ? null : matched.getFirst();
        String unitKey = agency == null ? UnitNames.key(unit) : "agency " + agency.id();
        DdciImportRow row = new DdciImportRow(line, catalogue.code(), year, unit, agency == null ? null : agency.id(),
                agency == null ? null : agency.nameVi(), score, rank, band, componentsByCode, document, url,
                Boolean.TRUE.equals(synthetic), false);
        return new Checked(row, catalogue.id(), catalogue.level(), unitKey, componentsById);
    }

    private Catalogue catalogue(String name, Problems found) {
        if (found.required("catalogue_code", name) == null) {
            return null;
        }
        List<Catalogue> matched = catalogues.matches(name);
        found.check(!matched.isEmpty(), "catalogue_code", ImportProblems.UNKNOWN, name);
        found.check(matched.size() <= 1, "catalogue_code", ImportProblems.AMBIGUOUS, name, matched.size());
        return matched.size() == 1 ? matched.getFirst() : null;
    }

    private static Integer year(String value, Problems found) {
        if (found.required("year", value) == null) {
            return null;
        }
        Integer year = ImportNumbers.wholeNumber(value);
        boolean valid = year != null && year >= FIRST_YEAR && year <= LAST_YEAR;
        found.check(valid, "year", "yearInvalid", value, FIRST_YEAR, LAST_YEAR);
        return valid ? year : null;
    }

    /** A score from 0 to 100 with at most two decimals, written with a dot or a comma. */
    private static BigDecimal score(String column, String value, Problems found) {
        if (value == null) {
            return null;
        }
        BigDecimal score = ImportNumbers.decimal(value);
        boolean valid = score != null && score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0
                && score.stripTrailingZeros().scale() <= 2;
        found.check(valid, column, "scoreInvalid", value);
        return valid ? score.setScale(2) : null;
    }

    private static Integer rank(String value, Problems found) {
        Integer rank = value == null ? null : ImportNumbers.wholeNumber(value);
        found.check(value == null || (rank != null && rank >= 1), "rank", "rankInvalid", value);
        return rank;
    }

    private static Boolean synthetic(String value, Problems found) {
        if (value == null) {
            return false;
        }
        Boolean parsed = switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "có" -> true;
            case "false", "no", "0", "không" -> false;
            default -> null;
        };
        found.check(parsed != null, "synthetic", "notBoolean", value);
        return parsed;
    }

    /** Adds problems of the row's line; keys without a dot are this import's own. */
    private record Problems(int line, ImportProblems problems) {

        void check(boolean ok, String column, String key, Object... args) {
            if (!ok) {
                problems.add(line, column, key.contains(".") ? key : KEY + key, args);
            }
        }

        String required(String column, String value) {
            if (value == null) {
                problems.required(line, column);
            }
            return value;
        }

        String tooLong(String column, String value, int max) {
            if (value != null && value.length() > max) {
                problems.tooLong(line, column, max, value.length());
            }
            return value;
        }
    }
}
