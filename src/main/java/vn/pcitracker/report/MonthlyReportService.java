package vn.pcitracker.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.commitment.CommitmentDashboardFigures;
import vn.pcitracker.indicator.PciGoalGap;
import vn.pcitracker.indicator.PciGoalService;
import vn.pcitracker.issue.AgencyOpenCount;
import vn.pcitracker.issue.FigureScope;
import vn.pcitracker.issue.IssueDashboardFigures;
import vn.pcitracker.issue.IssueMeasures;
import vn.pcitracker.issue.KpiComparison;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.issue.MonthRate;
import vn.pcitracker.licensing.bottleneck.BottleneckDashboardFigures;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.ValidationException;

/**
 * Composes the report on a month, quarter or year for the whole province in one read-only transaction, every figure
 * taken from the module that owns it (issue's dashboard figures and measures, the bottleneck register, commitment
 * check-ins, indicator's gap to the PCI goal). Investment officers and administrators generate it, leaders read it;
 * agency officers and association representatives are refused (it shows every agency).
 */
@Service
public class MonthlyReportService {

    public static final String READERS = "hasAnyRole('INVESTMENT_OFFICER','ADMIN','LEADER')";
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IssueDashboardFigures issues;
    private final IssueMeasures measures;
    private final BottleneckDashboardFigures bottlenecks;
    private final CommitmentDashboardFigures commitments;
    private final PciGoalService goals;
    private final AgencyService agencies;
    private final String province;

    MonthlyReportService(IssueDashboardFigures issues, IssueMeasures measures, BottleneckDashboardFigures bottlenecks,
                         CommitmentDashboardFigures commitments, PciGoalService goals, AgencyService agencies,
                         @Value("${app.province.code}") String province) {
        this.issues = issues;
        this.measures = measures;
        this.bottlenecks = bottlenecks;
        this.commitments = commitments;
        this.goals = goals;
        this.agencies = agencies;
        this.province = province;
    }

    /** The report as of today; a period that has not begun is refused, one that runs gives provisional figures. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public MonthlyReport report(ReportPeriod period) {
        LocalDate today = LocalDate.now(PROVINCE);
        if (period.startsAfter(today)) {
            throw new ValidationException("period", "report.MonthlyReportService.notBegun", period.code());
        }
        FigureScope scope = scope(period);
        FigureScope before = scope(period.previous());
        KpiComparison kpis = issues.kpis(scope, before);
        PciGoalGap pci = goals.gapToGoal(province, period.year());
        Map<Long, AgencySummary> names = agencies.search("", true).stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        return new MonthlyReport(period, today, scope.endOn(today), pci.history().nameVi(), pci.history().nameEn(),
                new PeriodFigures(period, received(scope), kpis.current()),
                new PeriodFigures(period.previous(), received(before), kpis.previous()), issues.carriedOver(scope),
                agencies(scope, names), twelveMonths(period), bottlenecks.movedIn(period.from(), period.to(), null),
                commitments.checkInsRecordedIn(period.from(), period.to(), null), pci, names);
    }

    private static FigureScope scope(ReportPeriod period) {
        return new FigureScope(period.from(), period.to(), null);
    }

    private long received(FigureScope scope) {
        return issues.receivedByMonthAndState(scope).stream().mapToLong(count -> count.count()).sum();
    }

    /** Every agency with anything to report, most overdue first, then most received, then by name. */
    private List<AgencyFigures> agencies(FigureScope scope, Map<Long, AgencySummary> names) {
        Map<Long, Long> received = new HashMap<>();
        issues.byAgencyAndState(scope).forEach(row -> received.merge(row.agencyId(), row.count(), Long::sum));
        Map<Long, Measure> onTime = measures.onTimeRateByAgency(scope.from(), scope.to());
        Map<Long, Measure> satisfaction = measures.satisfaction766ByAgency(scope.from(), scope.to());
        Map<Long, AgencyOpenCount> open = issues.openAndOverdueByAgency(scope).stream()
                .collect(Collectors.toMap(AgencyOpenCount::agencyId, Function.identity()));
        TreeSet<Long> ids = new TreeSet<>(received.keySet());
        ids.addAll(onTime.keySet());
        ids.addAll(satisfaction.keySet());
        ids.addAll(open.keySet());
        Measure none = new Measure(0, 0);
        AgencyOpenCount closed = new AgencyOpenCount(0, 0, 0);
        Comparator<AgencyFigures> order = Comparator.comparingLong(AgencyFigures::overdueAtEnd).reversed()
                .thenComparing(Comparator.comparingLong(AgencyFigures::received).reversed())
                .thenComparing(row -> names.containsKey(row.agencyId()) ? names.get(row.agencyId()).nameVi() : "");
        return ids.stream().map(id -> new AgencyFigures(id, received.getOrDefault(id, 0L), onTime.getOrDefault(id, none),
                        open.getOrDefault(id, closed).open(), open.getOrDefault(id, closed).overdue(),
                        satisfaction.getOrDefault(id, none)))
                .filter(AgencyFigures::active).sorted(order).toList();
    }

    private List<MonthVolume> twelveMonths(ReportPeriod period) {
        List<YearMonth> months = period.twelveMonthsToEnd();
        FigureScope scope = new FigureScope(months.getFirst().atDay(1), period.to(), null);
        Map<YearMonth, Long> received = new LinkedHashMap<>();
        issues.receivedByMonthAndState(scope).forEach(row -> received.merge(row.month(), row.count(), Long::sum));
        Map<YearMonth, Long> answered = issues.onTimeByMonth(scope).stream()
                .collect(Collectors.toMap(MonthRate::month, rate -> rate.onTime().denominator()));
        return months.stream().map(month -> new MonthVolume(month, received.getOrDefault(month, 0L),
                answered.getOrDefault(month, 0L))).toList();
    }
}
