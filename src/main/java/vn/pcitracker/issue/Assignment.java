package vn.pcitracker.issue;

import java.time.LocalDate;
import java.util.Set;

/** Routing to a lead agency and coordinators; a null deadline means the field's default in working days. */
public record Assignment(long leadAgencyId, Set<Long> coordinatorAgencyIds, LocalDate deadline, String note) {
}
