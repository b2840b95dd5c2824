package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Map;
import vn.pcitracker.shared.importing.RowRecord;

/**
 * A checked row of a DDCI results file as the preview shows it: {@code agencyId} and {@code agencyName} when the unit
 * matched an agency (ignoring case and diacritics), {@code replacesStored} when a result of that unit, catalogue and
 * year is already stored and would be replaced.
 */
public record DdciImportRow(int row, String catalogueCode, int year, String unitName, Long agencyId,
                            String agencyName, BigDecimal score, Integer rank, String band,
                            Map<String, BigDecimal> componentScores, String sourceDocument, String sourceUrl,
                            boolean synthetic, boolean replacesStored) implements RowRecord {

    public DdciImportRow {
        componentScores = Map.copyOf(componentScores);
    }
}
