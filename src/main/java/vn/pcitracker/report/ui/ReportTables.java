package vn.pcitracker.report.ui;

import static vn.pcitracker.report.ui.DocumentTable.Column.number;
import static vn.pcitracker.report.ui.DocumentTable.Column.text;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.UnitCheckIns;
import vn.pcitracker.indicator.SubIndexGoalGap;
import vn.pcitracker.licensing.bottleneck.BottleneckMove;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.report.AgencyFigures;
import vn.pcitracker.report.KeyFigure;
import vn.pcitracker.report.MonthlyReport;
import vn.pcitracker.report.ReportTexts;

/** The report's tables, in the reader's language and number format. */
final class ReportTables {

    private static final String KEY = "report.ReportTables.";

    private final MonthlyReport report;
    private final ReportTexts texts;

    ReportTables(MonthlyReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    Component keyFigures() {
        String current = texts.periodCapitalised(report.period());
        String previous = texts.periodCapitalised(report.previous().period());
        return DocumentTable.of("key-figures-table", List.of(
                text(texts.text(KEY + "measure"), figure -> texts.text(figure.labelKey())),
                number(current, figure -> KeyFigure.format(figure.current(), figure.kind(), texts)),
                number(previous, figure -> KeyFigure.format(figure.previous(), figure.kind(), texts)),
                number(texts.text(KEY + "change"), this::change)), KeyFigure.rows(report), "");
    }

    Component agencies() {
        return DocumentTable.of("agencies-table", List.<DocumentTable.Column<AgencyFigures>>of(
                text(texts.text(KEY + "agency"), row -> report.agencyName(row.agencyId(), texts.locale())),
                number(texts.text(KEY + "received"), row -> texts.integer(row.received())),
                number(texts.text(KEY + "answered"), row -> texts.integer(row.answered())),
                number(texts.text(KEY + "onTime"), row -> texts.percent(row.onTime())),
                number(texts.text(KEY + "overdueAtEnd"), row -> texts.integer(row.overdueAtEnd())),
                number(texts.text(KEY + "satisfaction"), row -> texts.percent(row.satisfaction()))),
                report.agencies(), texts.text(KEY + "noAgencies"));
    }

    Component bottlenecks() {
        return DocumentTable.of("bottlenecks-table", List.<DocumentTable.Column<BottleneckMove>>of(
                text(texts.text(KEY + "bottleneck"), move -> move.code() + " – " + move.title()),
                text(texts.text(KEY + "agency"), move -> report.agencyName(move.agencyId(), texts.locale())),
                text(texts.text(KEY + "move"), move -> state(move.fromState()) + " → " + state(move.toState())),
                number(texts.text(KEY + "lastMovedOn"), move -> texts.date(move.lastMovedOn()))),
                report.bottlenecksMoved(), texts.text("report.ReportSummary.noBottlenecks"));
    }

    Component checkIns() {
        return DocumentTable.of("check-ins-table", List.<DocumentTable.Column<UnitCheckIns>>of(
                text(texts.text(KEY + "commitment"), UnitCheckIns::commitmentTitle),
                text(texts.text(KEY + "unit"), unit -> unit.divisionName() != null ? unit.divisionName()
                        : report.agencyName(unit.agencyId(), texts.locale())),
                number(texts.text(KEY + "checkIns"), unit -> texts.integer(unit.checkIns())),
                text(texts.text(KEY + "statuses"), this::statuses),
                number(texts.text(KEY + "lastRecordedOn"), unit -> texts.date(unit.lastRecordedOn()))),
                report.checkIns(), texts.text("report.ReportSummary.noCheckIns"));
    }

    Component pciGoal() {
        return DocumentTable.of("pci-goal-table", List.<DocumentTable.Column<SubIndexGoalGap>>of(
                text(texts.text(KEY + "subIndex"), gap -> gap.subIndex().name(texts.locale())),
                number(texts.text(KEY + "latestScore"), gap -> texts.decimal(gap.latestScore(), 2)),
                number(texts.text(KEY + "target"), gap -> texts.decimal(gap.target(), 2)),
                number(texts.text(KEY + "gap"), gap -> texts.decimal(gap.gap(), 2))),
                report.pciGoal().subIndices(), texts.text("report.ReportSummary.noGoal"));
    }

    private String change(KeyFigure figure) {
        BigDecimal change = figure.change();
        if (change == null) {
            return "–";
        }
        String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "";
        return figure.kind() == KeyFigure.Kind.PERCENT ? texts.text("report.ReportTexts.points", sign + texts.decimal(change.abs(), 1))
                : sign + KeyFigure.format(change.abs(), figure.kind(), texts);
    }

    private String state(BottleneckState state) {
        return state == null ? texts.text("report.MonthlyReportWorkbook.newlyRecorded")
                : texts.text("licensing.BottleneckState." + state.name());
    }

    /** "Hoàn thành 1 · Đúng tiến độ 2", the statuses the unit reported. */
    private String statuses(UnitCheckIns unit) {
        return Arrays.stream(CheckInStatus.values()).filter(status -> unit.count(status) > 0)
                .map(status -> texts.text(status.labelKey()) + " " + texts.integer(unit.count(status)))
                .collect(Collectors.joining(" · "));
    }
}
