package vn.pcitracker.issue;

import java.time.Instant;
import java.time.LocalDate;

/** One step of the history: who did what and when (UTC), with the state change and any deadline change. */
public record TimelineEntry(Instant at, String actorName, IssueAction action, IssueState fromState, IssueState toState,
                            String note, LocalDate oldDeadline, LocalDate newDeadline, Long agencyId) {
}
