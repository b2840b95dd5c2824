package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A commitment as the current user may see it, with its check-in history, scores (see {@link CommitmentScoring})
 * and gaming flags; {@code checkInUnitIds} are the units the user may check in for.
 */
public record CommitmentDetails(long id, long version, String title, LocalDate periodFrom, LocalDate periodTo,
                                long signingAgencyId, String signerTitle, UnitKind unitKind, LocalDate signedOn,
                                String documentReference, boolean synthetic, List<Unit> units, List<CriterionView> criteria,
                                List<CheckInEntry> checkIns, List<UnitScore> unitScores, Double score,
                                List<GamingFlag> flags, boolean mayManage, Set<Long> checkInUnitIds) {

    /** A division by name, or an agency by id. */
    public record Unit(long id, String divisionName, Long agencyId) {
    }

    public record CriterionView(long id, String name, String unit, Direction direction, BigDecimal baseline,
                                BigDecimal committedValue, BigDecimal target, BigDecimal stretch, int weight,
                                Long ddciComponentId, String pciSubIndexCode, String source) {

        public boolean live() {
            return !CriterionForm.MANUAL.equals(source);
        }

        public CommitmentScoring.Terms terms() {
            return new CommitmentScoring.Terms(id, direction, baseline, target, stretch, weight);
        }
    }

    /** {@code current}: the latest check-in of its quarter, the one that counts; earlier ones are history. */
    public record CheckInEntry(long id, long criterionId, long unitId, int year, int quarter, BigDecimal value,
                               boolean computed, CheckInStatus status, String note, String recordedByName,
                               Instant recordedAt, boolean current) {
    }

    /** A unit's score and, per criterion, its latest value, achievement and (live criteria) this quarter's value now. */
    public record UnitScore(long unitId, double score, List<CriterionResult> criteria) {
    }

    public record CriterionResult(long criterionId, BigDecimal value, double achievement, boolean stretchReached,
                                  BigDecimal liveNow) {
    }

    public Unit unit(long unitId) {
        return units.stream().filter(unit -> unit.id() == unitId).findFirst().orElseThrow();
    }

    public CriterionView criterion(long criterionId) {
        return criteria.stream().filter(c -> c.id() == criterionId).findFirst().orElseThrow();
    }
}
