package vn.pcitracker.issue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public recommendation as anyone may read it: the question, its field, where it stands, the lead agency, the
 * dates and the answer. Nothing else: no parties, no people, no timeline notes. {@code requestedAt} is when it
 * was received (the time it was logged when that was on the day received, else the start of that day in the
 * province); {@code updatedAt} is its latest timeline entry.
 */
public record PublicIssue(long id, String code, String title, String content, String fieldCode, String fieldNameVi,
                          String fieldNameEn, IssueState state, String leadAgencyNameVi, String leadAgencyNameEn,
                          Instant requestedAt, Instant updatedAt, LocalDate deadline, LocalDate answeredOn,
                          String answerText) {
}
