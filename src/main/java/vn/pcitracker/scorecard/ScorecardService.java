package vn.pcitracker.scorecard;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.AgencyCommitmentProgress;
import vn.pcitracker.commitment.CommitmentProgressService;
import vn.pcitracker.indicator.DdciResultService;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.issue.IssueMeasures;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.licensing.bottleneck.BottleneckOwnershipService;
import vn.pcitracker.licensing.bottleneck.OwnedBottlenecks;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.SignedInUser;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.i18n.AppLocales;

/**
 * The internal agency scorecard: the product's own figures per agency for a period, each from one aggregate
 * query grouped by agency in the module that owns the data, never the official DDCI (shown beside it when one
 * exists). Leaders, investment officers and administrators see every agency with any figure; an agency officer
 * sees only their own agency (each source enforces it too); association representatives are refused.
 */
@Service
public class ScorecardService {

    static final String READERS = "hasAnyRole('INVESTMENT_OFFICER','LEADER','ADMIN','AGENCY_OFFICER')";
    private static final Measure NONE = new Measure(0, 0);
    private static final Comparator<AgencyScorecard> BY_NAME = Comparator.comparing(row -> row.agency().nameVi(),
            Collator.getInstance(AppLocales.VIETNAMESE));

    private final IssueMeasures measures;
    private final BottleneckOwnershipService bottlenecks;
    private final CommitmentProgressService commitments;
    private final DdciResultService ddci;
    private final AgencyService agencies;
    private final ScorecardMapping mapping;
    private final CurrentUser currentUser;

    ScorecardService(IssueMeasures measures, BottleneckOwnershipService bottlenecks,
                     CommitmentProgressService commitments, DdciResultService ddci, AgencyService agencies,
                     ScorecardMapping mapping, CurrentUser currentUser) {
        this.measures = measures;
        this.bottlenecks = bottlenecks;
        this.commitments = commitments;
        this.ddci = ddci;
        this.agencies = agencies;
        this.mapping = mapping;
        this.currentUser = currentUser;
    }

    /**
     * One row per agency that has any figure (an agency officer: their agency, even without any), sorted by
     * Vietnamese name. {@code from} and {@code to} are both included and bound the four issue measures.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<AgencyScorecard> scorecards(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("The period needs a start on or before its end");
        }
        Map<Long, Measure> onTime = measures.onTimeRateByAgency(from, to);
        Map<Long, Measure> workingDays = measures.averageWorkingDaysToAnswerByAgency(from, to);
        Map<Long, Measure> satisfaction = measures.satisfaction766ByAgency(from, to);
        Map<Long, Measure> reopened = measures.reopenRateByAgency(from, to);
        Map<Long, Long> overdue = measures.overdueNowByAgency();
        Map<Long, OwnedBottlenecks> owned = bottlenecks.ownedByAgency();
        Map<Long, AgencyCommitmentProgress> progress = commitments.latestByAgency();
        Map<Long, DdciResultSummary> official = ddci.latestByAgency();
        Set<Long> ids = Stream.of(onTime, workingDays, satisfaction, reopened, overdue, owned, progress, official)
                .flatMap(map -> map.keySet().stream()).collect(Collectors.toCollection(TreeSet::new));
        SignedInUser user = currentUser.require();
        if (user.is(Role.AGENCY_OFFICER)) {
            ids = user.agencyId() == null ? Set.of() : Set.of(user.agencyId());
        }
        Map<Long, AgencySummary> byId = agencies.search(null, true).stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(id -> new AgencyScorecard(byId.get(id),
                        onTime.getOrDefault(id, NONE), workingDays.getOrDefault(id, NONE),
                        satisfaction.getOrDefault(id, NONE), reopened.getOrDefault(id, NONE), overdue.getOrDefault(id, 0L),
                        owned.getOrDefault(id, new OwnedBottlenecks(id, 0, 0)), progress.get(id), official.get(id)))
                .sorted(BY_NAME).toList();
    }

    /** The DDCI components each measure reflects, as the reference data says. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Map<ScorecardMeasure, List<MappedComponent>> components() {
        return mapping.components();
    }
}
