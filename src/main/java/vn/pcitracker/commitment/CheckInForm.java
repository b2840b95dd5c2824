package vn.pcitracker.commitment;

import java.math.BigDecimal;

/** A unit's check-in on a criterion for a quarter; {@code value} is ignored for live criteria (computed instead). */
public record CheckInForm(long criterionId, Long unitId, Integer year, Integer quarter, BigDecimal value,
                          CheckInStatus status, String note) {
}
