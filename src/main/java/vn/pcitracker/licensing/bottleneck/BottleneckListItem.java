package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the register. {@code lineLabel} is "legal basis code · number" of the line as recorded, null when
 * none; {@code latestMedianDays} is the median actual days of the most recent measurement, null when none.
 */
public record BottleneckListItem(long id, String code, String title, BottleneckState state, long agencyId,
                                 Long ownerAgencyId, String procedureCode, String procedureName, int statutoryDays,
                                 Integer reducedDays, String lineLabel, BigDecimal latestMedianDays, LocalDate identifiedOn,
                                 LocalDate targetDate, boolean isPublic) {
}
