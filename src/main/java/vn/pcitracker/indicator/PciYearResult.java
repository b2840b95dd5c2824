package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A province's PCI for one edition. Every figure may be null (not published or not found): charts show a
 * gap, never an estimate. {@code subIndexScores} is keyed by sub-index code, in sub-index order, and empty
 * when the scores are unknown.
 */
public record PciYearResult(int year, BigDecimal composite, Integer rank, String sourceUrl,
                            Map<String, BigDecimal> subIndexScores) {

    public boolean hasSubIndexScores() {
        return !subIndexScores.isEmpty();
    }
}
