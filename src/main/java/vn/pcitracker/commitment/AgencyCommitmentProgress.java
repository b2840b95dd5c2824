package vn.pcitracker.commitment;

import java.time.LocalDate;

/**
 * An agency's progress in its latest commitment (the one ending last among those where it is a unit): its unit
 * score by {@link CommitmentScoring} (0-100) and the commitment it comes from.
 */
public record AgencyCommitmentProgress(long agencyId, long commitmentId, String commitmentTitle, LocalDate periodFrom,
                                       LocalDate periodTo, double unitScore, boolean synthetic) {
}
