package vn.pcitracker.issue;

import java.time.Instant;

public record FeedbackEntry(Instant at, boolean satisfied, int score, String comment, boolean onBehalf) {
}
