package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Days saved by a fix, for one bottleneck: <b>days saved = median actual days before the fix − median actual days
 * after it</b>, where "before" is the median of the most recent {@link EvidencePhase#BEFORE_FIX} measurement (latest
 * period end) and "after" is the measured days recorded on verification, or, while only implemented, the median of
 * the most recent {@link EvidencePhase#AFTER_FIX} measurement. It counts only for bottlenecks whose fix is
 * {@link BottleneckState#IMPLEMENTED} or {@link BottleneckState#VERIFIED} and for which both medians are known;
 * otherwise it is null. It may be negative when a fix made things slower.
 */
final class DaysSaved {

    private DaysSaved() {
    }

    static BigDecimal of(BottleneckState state, BigDecimal before, BigDecimal after) {
        boolean fixed = state == BottleneckState.IMPLEMENTED || state == BottleneckState.VERIFIED;
        return fixed && before != null && after != null ? before.subtract(after) : null;
    }

    static BigDecimal of(BottleneckState state, List<Evidence> evidence, BigDecimal measuredAfter) {
        BigDecimal after = measuredAfter != null ? measuredAfter : latestMedian(evidence, EvidencePhase.AFTER_FIX);
        return of(state, latestMedian(evidence, EvidencePhase.BEFORE_FIX), after);
    }

    /** The median of the latest measurement of that phase that has one. */
    static BigDecimal latestMedian(List<Evidence> evidence, EvidencePhase phase) {
        return evidence.stream().filter(e -> e.phase() == phase && e.medianActualDays() != null)
                .max(Comparator.comparing(Evidence::periodTo).thenComparing(Evidence::id))
                .map(Evidence::medianActualDays).filter(Objects::nonNull).orElse(null);
    }
}
