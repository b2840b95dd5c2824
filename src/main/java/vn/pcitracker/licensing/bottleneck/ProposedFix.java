package vn.pcitracker.licensing.bottleneck;

/**
 * What the fix cuts and by how much: conditions and documents removed (counts), processing days cut, and the
 * compliance cost cut per file in VND. Every figure is optional; none may be negative.
 */
public record ProposedFix(String description, Integer conditionsRemoved, Integer documentsRemoved, Integer daysCut,
                          Long costCutVnd) {

    public static ProposedFix none() {
        return new ProposedFix(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return (description == null || description.isBlank()) && conditionsRemoved == null && documentsRemoved == null
                && daysCut == null && costCutVnd == null;
    }
}
