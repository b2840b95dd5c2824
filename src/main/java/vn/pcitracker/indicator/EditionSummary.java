package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A PCI edition as the administrators' list shows it: its weights keyed by sub-index code in sub-index order (empty
 * when not entered: its composite is then not computable), where they come from, and the version an edit sends back.
 */
public record EditionSummary(int year, Map<String, BigDecimal> weights, String note, String sourceUrl,
                             String weightsSource, boolean weightsEditedLocally, long version) {

    public boolean hasWeights() {
        return !weights.isEmpty();
    }
}
