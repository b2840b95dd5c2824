package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/** A composite recomputed from stored sub-index scores and weights, beside the published one (may be null). */
public record CompositeCheck(String provinceCode, int year, BigDecimal published, PciComposite.Result computed) {

    /** Computed minus published, when both exist. */
    public Optional<BigDecimal> difference() {
        return published == null ? Optional.empty() : computed.value().map(value -> value.subtract(published));
    }
}
