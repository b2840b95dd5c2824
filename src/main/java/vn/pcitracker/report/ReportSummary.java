package vn.pcitracker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.indicator.SubIndexGoalGap;
import vn.pcitracker.licensing.bottleneck.BottleneckState;

/**
 * The report's findings as short sentences written from its figures, so that the report needs no hand editing: what
 * was received, answered and on time against the period before, what is open and overdue at the end, the backlog
 * carried over, satisfaction, the agencies with most overdue, bottlenecks, check-ins and the largest gap to the PCI goal.
 */
public final class ReportSummary {

    private static final String KEY = "report.ReportSummary.";
    /** How many agencies the "most overdue" sentence names. */
    static final int MOST_OVERDUE = 3;

    private ReportSummary() {
    }

    public static List<String> sentences(MonthlyReport report, ReportTexts texts) {
        List<String> sentences = new ArrayList<>();
        PeriodFigures now = report.current();
        PeriodFigures before = report.previous();
        String previous = texts.period(before.period());
        sentences.add(texts.text(KEY + "received", texts.periodCapitalised(now.period()), texts.integer(now.received()),
                texts.change(now.received() - before.received()), previous));
        sentences.add(now.answered() == 0 ? texts.text(KEY + "noneAnswered") : texts.text(KEY + "answered",
                texts.integer(now.answered()), texts.integer(now.answeredOnTime()), texts.percent(now.onTime()),
                versus(texts, "versus", texts.pointsChange(now.onTime(), before.onTime()), previous)));
        sentences.add(texts.text(KEY + "open", texts.date(report.figuresAsOf()), texts.integer(now.kpis().open()),
                texts.integer(now.kpis().overdue()), texts.change(now.kpis().overdue() - before.kpis().overdue()), previous));
        sentences.add(texts.text(KEY + "carriedOver", texts.integer(report.carriedOver()), texts.integer(report.openAtStart())));
        sentences.add(now.satisfaction().denominator() == 0 ? texts.text(KEY + "noSatisfaction") : texts.text(
                KEY + "satisfaction", texts.percent(now.satisfaction()),
                versus(texts, "versusInBrackets", texts.pointsChange(now.satisfaction(), before.satisfaction()), previous)));
        sentences.add(mostOverdue(report, texts));
        sentences.add(bottlenecks(report, texts));
        sentences.add(checkIns(report, texts));
        sentences.add(pciGap(report, texts));
        return sentences;
    }

    /** ", +3,2 điểm % so với tháng 9/2026" or " (+3,2 ...)", or nothing when there is nothing to compare. */
    private static String versus(ReportTexts texts, String form, String change, String previous) {
        return change == null ? "" : texts.text(KEY + form, change, previous);
    }

    private static String mostOverdue(MonthlyReport report, ReportTexts texts) {
        List<AgencyFigures> late = report.agencies().stream().filter(agency -> agency.overdueAtEnd() > 0)
                .sorted(Comparator.comparingLong(AgencyFigures::overdueAtEnd).reversed()).limit(MOST_OVERDUE).toList();
        if (late.isEmpty()) {
            return texts.text(KEY + "noneOverdue");
        }
        return texts.text(KEY + "mostOverdue", late.stream().map(agency -> texts.text(KEY + "agencyCount",
                report.agencyName(agency.agencyId(), texts.locale()), texts.integer(agency.overdueAtEnd())))
                .collect(Collectors.joining(", ")));
    }

    private static String bottlenecks(MonthlyReport report, ReportTexts texts) {
        if (report.bottlenecksMoved().isEmpty()) {
            return texts.text(KEY + "noBottlenecks");
        }
        long fixed = report.bottlenecksMoved().stream().filter(move -> move.toState() == BottleneckState.IMPLEMENTED
                || move.toState() == BottleneckState.VERIFIED).count();
        long recorded = report.bottlenecksMoved().stream().filter(move -> move.fromState() == null).count();
        return texts.text(KEY + "bottlenecks", texts.integer(report.bottlenecksMoved().size()), texts.integer(recorded),
                texts.integer(fixed));
    }

    private static String checkIns(MonthlyReport report, ReportTexts texts) {
        if (report.checkIns().isEmpty()) {
            return texts.text(KEY + "noCheckIns");
        }
        long total = report.checkIns().stream().mapToLong(unit -> unit.checkIns()).sum();
        long weak = report.checkIns().stream().mapToLong(unit -> unit.count(CheckInStatus.NEEDS_IMPROVEMENT)
                + unit.count(CheckInStatus.DEFERRED)).sum();
        return texts.text(KEY + "checkIns", texts.integer(report.checkIns().size()), texts.integer(total), texts.integer(weak));
    }

    private static String pciGap(MonthlyReport report, ReportTexts texts) {
        SubIndexGoalGap largest = report.pciGoal().subIndices().stream().filter(gap -> gap.gap() != null)
                .max(Comparator.comparing(SubIndexGoalGap::gap)).orElse(null);
        if (report.pciGoal().goal() == null || largest == null) {
            return texts.text(KEY + "noGoal");
        }
        if (largest.gap().signum() <= 0) {
            return texts.text(KEY + "goalReached", String.valueOf(report.pciGoal().goal().year()),
                    String.valueOf(report.pciGoal().latestScoredYear()));
        }
        return texts.text(KEY + "pciGap", String.valueOf(report.pciGoal().goal().year()),
                largest.subIndex().name(texts.locale()), texts.decimal(largest.gap(), 2),
                String.valueOf(Objects.requireNonNull(report.pciGoal().latestScoredYear())));
    }
}
