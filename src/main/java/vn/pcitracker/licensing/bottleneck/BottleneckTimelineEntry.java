package vn.pcitracker.licensing.bottleneck;

import java.time.Instant;

/** One step of a bottleneck's history: who did what and when (UTC), with the state change and a note. */
public record BottleneckTimelineEntry(Instant at, String actorName, BottleneckAction action, BottleneckState fromState,
                                      BottleneckState toState, String note) {
}
