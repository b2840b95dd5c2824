package vn.pcitracker.licensing.bottleneck;

import java.time.LocalDate;

/**
 * A bottleneck whose state changed in a period ({@link BottleneckDashboardFigures#movedIn}): the state it left first
 * ({@code fromState}; null when it was recorded in the period), the state it reached last, how many moves, and the day
 * of the last one (in Vietnam).
 */
public record BottleneckMove(long bottleneckId, String code, String title, long agencyId, Long ownerAgencyId,
                             BottleneckState fromState, BottleneckState toState, int moves, LocalDate lastMovedOn) {
}
