package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.commitment.CommitmentAccess.Me;
import vn.pcitracker.commitment.CommitmentDetails.CheckInEntry;
import vn.pcitracker.commitment.CommitmentDetails.CriterionResult;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;
import vn.pcitracker.commitment.CommitmentDetails.Unit;
import vn.pcitracker.commitment.CommitmentDetails.UnitScore;
import vn.pcitracker.commitment.domain.CheckIn;
import vn.pcitracker.commitment.domain.CheckInRepository;
import vn.pcitracker.commitment.domain.Commitment;
import vn.pcitracker.commitment.domain.CommitmentUnit;
import vn.pcitracker.commitment.domain.Criterion;

/**
 * Builds what views see of a commitment: its check-in history (which check-in counts for each quarter), the scores
 * ({@link CommitmentScoring}, from each unit's latest check-in value per criterion, the latest one that carries a
 * value), the gaming flags, and for live criteria the value of the current quarter so far.
 */
@Component
class CommitmentAssembler {

    private final CheckInRepository checkIns;
    private final GamingFlags gamingFlags;
    private final LiveSources sources;
    private final CommitmentClock clock;

    CommitmentAssembler(CheckInRepository checkIns, GamingFlags gamingFlags, LiveSources sources, CommitmentClock clock) {
        this.checkIns = checkIns;
        this.gamingFlags = gamingFlags;
        this.sources = sources;
        this.clock = clock;
    }

    CommitmentDetails details(Commitment c, Me me) {
        List<Unit> units = c.getUnits().stream().map(u -> new Unit(u.getId(), u.getDivisionName(), u.getAgencyId())).toList();
        List<CriterionView> criteria = criteria(c);
        List<CheckInEntry> history = history(criteria);
        List<UnitScore> scores = scores(c, criteria, history, true);
        Set<Long> mayCheckIn = c.getUnits().stream().filter(u -> CommitmentAccess.canCheckIn(c, u, me))
                .map(CommitmentUnit::getId).collect(Collectors.toSet());
        return new CommitmentDetails(c.getId(), c.getVersion(), c.getTitle(), c.getPeriodFrom(), c.getPeriodTo(),
                c.getSigningAgencyId(), c.getSignerTitle(), c.getUnitKind(), c.getSignedOn(), c.getDocumentReference(),
                c.isSynthetic(), units, criteria, history, scores, mean(scores), gamingFlags.find(criteria, history),
                CommitmentAccess.mayManage(me), mayCheckIn);
    }

    CommitmentSummary summary(Commitment c, Me me) {
        List<CriterionView> criteria = criteria(c);
        List<CheckInEntry> history = history(criteria);
        List<UnitScore> scores = scores(c, criteria, history, false);
        return new CommitmentSummary(c.getId(), c.getTitle(), c.getPeriodFrom(), c.getPeriodTo(), c.getSigningAgencyId(),
                c.getSignerTitle(), c.getUnitKind(), c.getUnits().size(), criteria.size(), mean(scores),
                gamingFlags.find(criteria, history).size(), c.isSynthetic());
    }

    private static List<CriterionView> criteria(Commitment c) {
        return c.getCriteria().stream().map(CommitmentAssembler::view).toList();
    }

    static CriterionView view(Criterion k) {
        return new CriterionView(k.getId(), k.getName(), k.getUnit(), k.getDirection(), k.getBaseline(),
                k.getCommittedValue(), k.getTarget(), k.getStretch(), k.getWeight(), k.getDdciComponentId(),
                k.getPciSubIndexCode(), k.getSource());
    }

    private List<CheckInEntry> history(List<CriterionView> criteria) {
        List<CheckIn> rows = checkIns.findByCriterionIdInOrderByYearAscQuarterAscRecordedAtAscIdAsc(
                criteria.stream().map(CriterionView::id).toList());
        Map<List<Object>, Long> latestOfQuarter = new HashMap<>();
        rows.forEach(row -> latestOfQuarter.put(slot(row), row.getId()));
        return rows.stream().map(row -> new CheckInEntry(row.getId(), row.getCriterionId(), row.getUnitId(), row.getYear(),
                row.getQuarter(), row.getValue(), row.isComputed(), row.getStatus(), row.getNote(), row.getRecordedByName(),
                row.getRecordedAt(), latestOfQuarter.get(slot(row)).equals(row.getId()))).toList();
    }

    private static List<Object> slot(CheckIn row) {
        return List.of(row.getCriterionId(), row.getUnitId(), row.getYear(), row.getQuarter());
    }

    private List<UnitScore> scores(Commitment c, List<CriterionView> criteria, List<CheckInEntry> history, boolean withLive) {
        List<CommitmentScoring.Terms> terms = criteria.stream().map(CriterionView::terms).toList();
        List<UnitScore> scores = new ArrayList<>();
        for (CommitmentUnit unit : c.getUnits()) {
            Map<Long, BigDecimal> latest = new HashMap<>();
            history.stream().filter(e -> e.unitId() == unit.getId() && e.value() != null)
                    .forEach(e -> latest.put(e.criterionId(), e.value()));
            List<CriterionResult> results = criteria.stream().map(k -> new CriterionResult(k.id(), latest.get(k.id()),
                    CommitmentScoring.achievement(k.terms(), latest.get(k.id())),
                    CommitmentScoring.stretchReached(k.terms(), latest.get(k.id())),
                    withLive ? liveNow(c, unit, k) : null)).toList();
            scores.add(new UnitScore(unit.getId(), CommitmentScoring.unitScore(terms, latest), results));
        }
        return scores;
    }

    /** The current quarter's value so far, or the last quarter's once the period is over; null before it starts. */
    private BigDecimal liveNow(Commitment c, CommitmentUnit unit, CriterionView criterion) {
        if (!criterion.live() || unit.getAgencyId() == null || clock.today().isBefore(c.getPeriodFrom())) {
            return null;
        }
        Quarter quarter = Quarter.of(clock.today().isAfter(c.getPeriodTo()) ? c.getPeriodTo() : clock.today());
        return sources.find(criterion.source())
                .flatMap(source -> source.value(unit.getAgencyId(), latest(quarter.start(), c.getPeriodFrom()),
                        earliest(quarter.end(), c.getPeriodTo())))
                .orElse(null);
    }

    static java.time.LocalDate latest(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static java.time.LocalDate earliest(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Double mean(List<UnitScore> scores) {
        var mean = CommitmentScoring.commitmentScore(scores.stream().map(UnitScore::score).toList());
        return mean.isPresent() ? mean.getAsDouble() : null;
    }
}
