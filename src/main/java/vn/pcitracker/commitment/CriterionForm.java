package vn.pcitracker.commitment;

import java.math.BigDecimal;

/**
 * A criterion as entered; {@code id} null for a new one. {@code source} is {@link #MANUAL} or a {@link LiveSource}
 * key. The committed value is the figure written in the signed document (optional); achievement reaches 1 at the
 * target; the stretch value, if any, lies beyond the target.
 */
public record CriterionForm(Long id, String name, String unit, Direction direction, BigDecimal baseline,
                            BigDecimal committedValue, BigDecimal target, BigDecimal stretch, Integer weight,
                            Long ddciComponentId, String pciSubIndexCode, String source) {

    public static final String MANUAL = "MANUAL";
}
