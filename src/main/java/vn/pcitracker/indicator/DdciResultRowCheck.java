package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.pcitracker.indicator.domain.DdciResult;
import vn.pcitracker.organization.AgencySummary;

/**
 * Checks one row of a DDCI results file and collects every problem of it by column; the same rules serve the
 * officers' import and the reference data file. Columns beyond {@link #COLUMNS} are component scores named by the
 * component code of the row's catalogue.
 */
final class DdciResultRowCheck {

    static final String KEY = "indicator.DdciResultImport.";
    static final List<String> REQUIRED = List.of("catalogue_code", "year", "unit", "score");
    static final List<String> COLUMNS = List.of("catalogue_code", "year", "unit", "score", "rank", "band",
            "source_document", "source_url", "synthetic");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** A catalogue as the check needs it: its id and its components' ids by code. */
    record Catalogue(long id, String code, Map<String, Long> componentIds) {
    }

    /** A row that passed: what the preview shows, and what storing it needs. */
    record Checked(DdciImportRow row, long catalogueId, String unitKey, Map<Long, BigDecimal> componentScores) {

        String fileKey() {
            return catalogueId + "|" + row.year() + "|" + unitKey;
        }
    }

    private final Map<String, Catalogue> catalogues;
    private final AgencyMatcher agencies;

    DdciResultRowCheck(Map<String, Catalogue> catalogues, AgencyMatcher agencies) {
        this.catalogues = catalogues;
        this.agencies = agencies;
    }

    /** The checked row, or null after adding its problems; {@code cell} gives null for a blank or absent cell. */
    Checked check(long line, Function<String, String> cell, List<String> componentColumns,
                  List<DdciImportProblem> problems) {
        int before = problems.size();
        Problems found = new Problems(line, problems);
        Catalogue catalogue = catalogue(cell.apply("catalogue_code"), found);
        Integer year = year(cell.apply("year"), found);
        String unit = cell.apply("unit");
        found.check(unit != null, "unit", "unitRequired");
        found.check(unit == null || unit.length() <= DdciResult.UNIT_NAME_MAX_LENGTH, "unit", "tooLong",
                DdciResult.UNIT_NAME_MAX_LENGTH);
        List<AgencySummary> matched = unit == null ? List.of() : agencies.match(unit);
        found.check(matched.size() <= 1, "unit", "ambiguousUnit",
                String.join(", ", matched.stream().map(AgencySummary::code).toList()));
        BigDecimal score = score("score", cell.apply("score"), true, found);
        Integer rank = rank(cell.apply("rank"), found);
        String band = text("band", cell.apply("band"), DdciResult.BAND_MAX_LENGTH, found);
        String document = text("source_document", cell.apply("source_document"), DdciResult.SOURCE_DOCUMENT_MAX_LENGTH,
                found);
        String url = text("source_url", cell.apply("source_url"), DdciResult.SOURCE_URL_MAX_LENGTH, found);
        found.check(url == null || url.matches("(?i)https?://\\S+"), "source_url", "notUrl");
        Boolean synthetic = synthetic(cell.apply("synthetic"), found);
        Map<String, BigDecimal> componentsByCode = new LinkedHashMap<>();
        Map<Long, BigDecimal> componentsById = new LinkedHashMap<>();
        for (String column : componentColumns) {
            BigDecimal value = score(column, cell.apply(column), false, found);
            if (value == null) {
                continue;
            }
            Long componentId = catalogue == null ? null : catalogue.componentIds().get(column);
            found.check(catalogue == null || componentId != null, column, "unknownComponent", column);
            if (componentId != null) {
                componentsByCode.put(column, value);
                componentsById.put(componentId, value);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        AgencySummary agency = matched.isEmpty() ? null : matched.getFirst();
        String unitKey = agency == null ? UnitNames.key(unit) : "agency " + agency.id();
        DdciImportRow row = new DdciImportRow(line, catalogue.code(), year, unit, agency == null ? null : agency.id(),
                agency == null ? null : agency.nameVi(), score, rank, band, componentsByCode, document, url,
                Boolean.TRUE.equals(synthetic), false);
        return new Checked(row, catalogue.id(), unitKey, componentsById);
    }

    private Catalogue catalogue(String code, Problems found) {
        found.check(code != null, "catalogue_code", "catalogueRequired");
        Catalogue catalogue = code == null ? null : catalogues.get(code);
        found.check(code == null || catalogue != null, "catalogue_code", "unknownCatalogue", code);
        return catalogue;
    }

    private static Integer year(String value, Problems found) {
        found.check(value != null, "year", "yearRequired");
        Integer year = value == null ? null : parseInt(value);
        found.check(value == null || (year != null && year >= FIRST_YEAR && year <= LAST_YEAR), "year",
                "yearInvalid", value, FIRST_YEAR, LAST_YEAR);
        return year;
    }

    /** A score from 0 to 100 with at most two decimals. */
    private static BigDecimal score(String column, String value, boolean required, Problems found) {
        found.check(!required || value != null, column, "scoreRequired");
        if (value == null) {
            return null;
        }
        BigDecimal score = parseDecimal(value);
        boolean valid = score != null && score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0
                && score.stripTrailingZeros().scale() <= 2;
        found.check(valid, column, "scoreInvalid", value);
        return valid ? score.setScale(2) : null;
    }

    private static Integer rank(String value, Problems found) {
        Integer rank = value == null ? null : parseInt(value);
        found.check(value == null || (rank != null && rank >= 1), "rank", "rankInvalid", value);
        return rank;
    }

    private static String text(String column, String value, int maxLength, Problems found) {
        found.check(value == null || value.length() <= maxLength, column, "tooLong", maxLength);
        return value;
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

    private static Integer parseInt(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal parseDecimal(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Adds a problem of the row's line when a condition fails. */
    private record Problems(long line, List<DdciImportProblem> problems) {

        void check(boolean ok, String column, String key, Object... args) {
            if (!ok) {
                problems.add(new DdciImportProblem(line, column, KEY + key, args));
            }
        }
    }
}
