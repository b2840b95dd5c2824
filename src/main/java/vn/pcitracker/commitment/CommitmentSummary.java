package vn.pcitracker.commitment;

import java.time.LocalDate;

/** A row of the commitments list; {@code score} is null while the commitment has no unit. */
public record CommitmentSummary(long id, String title, LocalDate periodFrom, LocalDate periodTo, long signingAgencyId,
                                String signerTitle, UnitKind unitKind, int unitCount, int criterionCount, Double score,
                                int flagCount, boolean synthetic) {
}
