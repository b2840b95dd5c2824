package vn.pcitracker.issue;

import java.time.LocalDate;

/** An issue was given to a lead agency (first assignment or re-assignment), published inside the command's transaction. */
public record IssueAssigned(long issueId, String code, String title, long leadAgencyId, LocalDate deadline) {
}
