package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurement of the procedure over a period: files received, on time, late; top-up requests; median days. */
public record Evidence(long id, EvidencePhase phase, LocalDate periodFrom, LocalDate periodTo, int filesReceived,
                       int filesOnTime, int filesLate, Integer topUpRequests, BigDecimal medianActualDays, String note) {
}
