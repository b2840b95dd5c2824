package vn.pcitracker.commitment;

/** Filters of the list: a year the period overlaps, an agency that signed or is a unit, and words of the title. */
public record CommitmentFilter(Integer year, Long agencyId, String text) {

    public static CommitmentFilter none() {
        return new CommitmentFilter(null, null, null);
    }
}
