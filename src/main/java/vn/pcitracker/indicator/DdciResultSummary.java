package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit's official DDCI result as published for one catalogue and year. {@code agencyId} is null when the unit is
 * not an agency of the organization module; {@code componentScores} is keyed by component code in catalogue order;
 * {@code synthetic} marks made-up demo figures ("Minh họa" on screen).
 */
public record DdciResultSummary(long id, long catalogueId, String catalogueCode, UnitLevel unitLevel, int year,
                                String unitName, Long agencyId, BigDecimal score, Integer rank, String band,
                                Map<String, BigDecimal> componentScores, String sourceDocument, String sourceUrl,
                                boolean synthetic) {

    public DdciResultSummary {
        componentScores = componentScores == null ? Map.of() : Collections.unmodifiableMap(
                new LinkedHashMap<>(componentScores));
    }
}
