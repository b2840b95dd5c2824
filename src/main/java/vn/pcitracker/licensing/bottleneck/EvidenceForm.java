package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measurement as entered; checked all at once by {@link BottleneckService#addEvidence}: a period that ends
 * on or after it starts and not in the future, counts of files that are not negative, on time + late not more
 * than received, median days between 0 and {@value #MAX_DAYS}.
 */
public record EvidenceForm(EvidencePhase phase, LocalDate periodFrom, LocalDate periodTo, Integer filesReceived,
                           Integer filesOnTime, Integer filesLate, Integer topUpRequests, BigDecimal medianActualDays,
                           String note) {

    public static final int MAX_DAYS = 3650;
}
