package vn.pcitracker.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.UnitCheckIns;
import vn.pcitracker.indicator.SubIndexGoalGap;
import vn.pcitracker.licensing.bottleneck.BottleneckMove;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.TableExport;
import vn.pcitracker.shared.export.XlsxWorkbook;

/**
 * The report as an Excel workbook in the reader's language, a sheet per section: the findings, the key figures against
 * the period before, agencies, the last twelve months, bottlenecks moved, commitment check-ins and the gap to the PCI
 * goal. Counts and rates are number cells (rates in per cent), days are date cells.
 */
public final class MonthlyReportWorkbook {

    private static final String KEY = "report.MonthlyReportWorkbook.";
    /** The findings sheet's header is the report's title, filled in with the period and province. */
    private static final String TITLE = KEY + "title";

    private MonthlyReportWorkbook() {
    }

    /** "bao-cao-kien-nghi-2026-10", without extension. */
    public static String fileName(MonthlyReport report, ReportTexts texts) {
        return texts.text(KEY + "fileName", report.period().code());
    }

    public static void write(MonthlyReport report, ReportTexts texts, OutputStream out) {
        String title = ReportHeadings.title(report, texts);
        XlsxWorkbook workbook = new XlsxWorkbook(out, texts.locale(), key -> TITLE.equals(key) ? title : texts.text(key));
        workbook.sheet(TableExport.of(KEY + "findings", ExportColumn.<String>text(TITLE, 120, line -> line)),
                findings(report, texts).stream());
        workbook.sheet(KeyFigure.table(texts), KeyFigure.rows(report).stream());
        workbook.sheet(agencies(report, texts), report.agencies().stream());
        workbook.sheet(TableExport.of(KEY + "months", ExportColumn.<MonthVolume>text(KEY + "month", 10,
                        month -> "%02d/%d".formatted(month.month().getMonthValue(), month.month().getYear())),
                ExportColumn.integer(KEY + "received", 12, MonthVolume::received),
                ExportColumn.integer(KEY + "answered", 12, MonthVolume::answered)), report.lastTwelveMonths().stream());
        workbook.sheet(bottlenecks(report, texts), report.bottlenecksMoved().stream());
        workbook.sheet(checkIns(report, texts), report.checkIns().stream());
        workbook.sheet(pciGoal(report, texts), report.pciGoal().subIndices().stream());
        workbook.finish();
    }

    private static List<String> findings(MonthlyReport report, ReportTexts texts) {
        List<String> lines = new ArrayList<>(ReportHeadings.subtitle(report, texts));
        lines.add(ReportHeadings.pciYears(report, texts));
        lines.add("");
        ReportSummary.sentences(report, texts).forEach(sentence -> lines.add("• " + sentence));
        return lines;
    }

    private static TableExport<AgencyFigures> agencies(MonthlyReport report, ReportTexts texts) {
        return TableExport.of(KEY + "agencies",
                ExportColumn.text(KEY + "agency", 45, row -> report.agencyName(row.agencyId(), texts.locale())),
                ExportColumn.integer(KEY + "received", 12, AgencyFigures::received),
                ExportColumn.integer(KEY + "answered", 12, AgencyFigures::answered),
                ExportColumn.integer(KEY + "onTime", 12, row -> row.onTime().numerator()),
                ExportColumn.decimal(KEY + "onTimePercent", 12, row -> ReportTexts.percentValue(row.onTime())),
                ExportColumn.integer(KEY + "openAtEnd", 12, AgencyFigures::openAtEnd),
                ExportColumn.integer(KEY + "overdueAtEnd", 12, AgencyFigures::overdueAtEnd),
                ExportColumn.decimal(KEY + "satisfactionPercent", 14, row -> ReportTexts.percentValue(row.satisfaction())));
    }

    private static TableExport<BottleneckMove> bottlenecks(MonthlyReport report, ReportTexts texts) {
        return TableExport.of(KEY + "bottlenecks",
                ExportColumn.text(KEY + "code", 14, BottleneckMove::code),
                ExportColumn.text(KEY + "bottleneck", 50, BottleneckMove::title),
                ExportColumn.text(KEY + "agency", 40, move -> report.agencyName(move.agencyId(), texts.locale())),
                ExportColumn.text(KEY + "fromState", 22, move -> state(move.fromState(), texts)),
                ExportColumn.text(KEY + "toState", 22, move -> state(move.toState(), texts)),
                ExportColumn.integer(KEY + "moves", 10, BottleneckMove::moves),
                ExportColumn.date(KEY + "lastMovedOn", 14, BottleneckMove::lastMovedOn));
    }

    private static TableExport<UnitCheckIns> checkIns(MonthlyReport report, ReportTexts texts) {
        List<ExportColumn<UnitCheckIns>> columns = new ArrayList<>(List.of(
                ExportColumn.text(KEY + "commitment", 50, UnitCheckIns::commitmentTitle),
                ExportColumn.text(KEY + "unit", 40, unit -> unitName(unit, report, texts)),
                ExportColumn.integer(KEY + "checkIns", 12, UnitCheckIns::checkIns)));
        for (CheckInStatus status : CheckInStatus.values()) {
            columns.add(ExportColumn.integer(status.labelKey(), 14, unit -> unit.count(status)));
        }
        columns.add(ExportColumn.date(KEY + "lastRecordedOn", 14, UnitCheckIns::lastRecordedOn));
        return new TableExport<>(KEY + "checkInsSheet", columns);
    }

    private static TableExport<SubIndexGoalGap> pciGoal(MonthlyReport report, ReportTexts texts) {
        return TableExport.of(KEY + "pciGoal",
                ExportColumn.text(KEY + "subIndex", 40, gap -> gap.subIndex().name(texts.locale())),
                ExportColumn.<SubIndexGoalGap>decimal(KEY + "latestScore", 14, SubIndexGoalGap::latestScore),
                ExportColumn.<SubIndexGoalGap>decimal(KEY + "target", 14, SubIndexGoalGap::target),
                ExportColumn.<SubIndexGoalGap>decimal(KEY + "gap", 14, SubIndexGoalGap::gap));
    }

    static String unitName(UnitCheckIns unit, MonthlyReport report, ReportTexts texts) {
        return unit.divisionName() != null ? unit.divisionName() : report.agencyName(unit.agencyId(), texts.locale());
    }

    static String state(BottleneckState state, ReportTexts texts) {
        return state == null ? texts.text(KEY + "newlyRecorded") : texts.text("licensing.BottleneckState." + state.name());
    }
}
