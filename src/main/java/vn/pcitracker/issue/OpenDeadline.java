package vn.pcitracker.issue;

import java.time.LocalDate;

/** An issue that still owes an answer, with the deadline the lead agency must meet. */
public record OpenDeadline(long issueId, String code, String title, long leadAgencyId, LocalDate deadline) {
}
