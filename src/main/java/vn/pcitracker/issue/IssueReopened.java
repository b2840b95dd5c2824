package vn.pcitracker.issue;

import java.time.LocalDate;

/** The submitter was not satisfied with the answer: the issue is open again with a new deadline. */
public record IssueReopened(long issueId, String code, String title, Long leadAgencyId, LocalDate deadline) {
}
