package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The sub-index weights of one PCI edition, keyed by sub-index code in sub-index order; empty when they
 * are not known for that edition ({@code note} says why).
 */
public record EditionWeights(int year, Map<String, BigDecimal> weights, String note, String sourceUrl) {

    public boolean hasWeights() {
        return !weights.isEmpty();
    }

    public BigDecimal total() {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
