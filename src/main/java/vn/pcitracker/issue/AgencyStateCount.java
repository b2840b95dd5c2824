package vn.pcitracker.issue;

/**
 * Issues received in the period, led by an agency, in a given state now; {@code overdue} = of those, awaiting an
 * answer past their deadline today.
 */
public record AgencyStateCount(long agencyId, String nameVi, String nameEn, IssueState state, long count, long overdue) {
}
