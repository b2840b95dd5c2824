package vn.pcitracker.report.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import vn.pcitracker.report.AgencyFigures;
import vn.pcitracker.report.MonthVolume;
import vn.pcitracker.report.MonthlyReport;
import vn.pcitracker.report.ReportTexts;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.DataItem;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Grid;
import vn.pcitracker.shared.ui.echarts.Label;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.MarkLine;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/**
 * The report's charts, drawn for paper: no animation, every value labelled (a printed chart cannot be hovered), the
 * width of the A4 page. Agencies are cut to the {@value #AGENCIES} that matter most; the tables hold them all.
 */
final class ReportCharts {

    private static final String KEY = "report.ReportCharts.";
    static final int AGENCIES = 12;

    private final MonthlyReport report;
    private final ReportTexts texts;

    ReportCharts(MonthlyReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    /** Received and answered per month, the twelve months ending with the period. */
    ECharts lastTwelveMonths() {
        List<MonthVolume> months = report.lastTwelveMonths();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(texts.text(KEY + "monthsTitle")))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .grid(new Grid("40", "16", "48", "64"))
                .xAxis(Axis.category(months.stream().map(month -> "%02d/%d".formatted(month.month().getMonthValue(),
                        month.month().getYear() % 100)).toList()))
                .yAxis(Axis.value().withMinInterval(1))
                .series(BarSeries.of(texts.text(KEY + "received"), months.stream().map(MonthVolume::received).toList())
                                .withLabel(Label.shown().withPosition("top")),
                        BarSeries.of(texts.text(KEY + "answered"), months.stream().map(MonthVolume::answered).toList())
                                .withLabel(Label.shown().withPosition("top")));
        return chart(option, "report-months-chart", 300);
    }

    /** Open at the end of the period per agency, split into overdue and not yet, most overdue first. */
    ECharts overdueByAgency() {
        List<AgencyFigures> agencies = report.agencies().stream().filter(row -> row.openAtEnd() > 0).limit(AGENCIES).toList();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(texts.text(KEY + "overdueTitle", texts.date(report.figuresAsOf()))))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .grid(new Grid("200", "40", "48", "56"))
                .yAxis(Axis.category(agencies.stream().map(this::name).toList()).inverted().withEveryLabelTruncatedAt(190))
                .xAxis(Axis.value().withMinInterval(1))
                .series(BarSeries.of(texts.text(KEY + "overdue"), agencies.stream()
                                .map(row -> noneAsGap(row.overdueAtEnd())).toList()).stackedAs("open").withLabel(Label.shown()),
                        BarSeries.of(texts.text(KEY + "notOverdue"), agencies.stream()
                                .map(row -> noneAsGap(row.openAtEnd() - row.overdueAtEnd())).toList())
                                .stackedAs("open").withLabel(Label.shown()))
                .color(List.of("#c0392b", "#7f8c8d"));
        return chart(option, "report-overdue-chart", 110 + 30 * Math.max(agencies.size(), 2));
    }

    /** Decision 766 satisfaction per agency with issues accountable in the period, most accountable first. */
    ECharts satisfactionByAgency() {
        List<AgencyFigures> agencies = report.agencies().stream().filter(row -> row.satisfaction().denominator() > 0)
                .sorted(Comparator.comparingLong((AgencyFigures row) -> row.satisfaction().denominator()).reversed())
                .limit(AGENCIES).toList();
        // Labels written here, so that they use the reader's decimal separator.
        BarSeries bars = BarSeries.ofItems(texts.text(KEY + "satisfaction"), agencies.stream()
                .map(row -> DataItem.of(ReportTexts.percentValue(row.satisfaction())).withLabel(Label.shown()
                        .withPosition("right").withFormatter(texts.percent(row.satisfaction())))).toList());
        BigDecimal province = ReportTexts.percentValue(report.current().satisfaction());
        if (province != null) {
            // The line's label at its top end, clear of the axis labels.
            bars = bars.withMarkLine(new MarkLine(List.of(new MarkLine.Line(texts.text(KEY + "province",
                    texts.decimal(province, 1)), null, province, Label.shown().withPosition("start").withFormatter("{b}"))), "none"));
        }
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(texts.text(KEY + "satisfactionTitle")))
                .tooltip(Tooltip.axis())
                .grid(new Grid("200", "64", "48", "24"))
                .yAxis(Axis.category(agencies.stream().map(this::name).toList()).inverted().withEveryLabelTruncatedAt(190))
                .xAxis(Axis.value().withRange(0, 100).withLabelFormatter("{value} %"))
                .series(bars);
        return chart(option, "report-satisfaction-chart", 90 + 30 * Math.max(agencies.size(), 2));
    }

    /** No bar, and so no "0" label, for nothing. */
    private static Long noneAsGap(long count) {
        return count == 0 ? null : count;
    }

    private String name(AgencyFigures row) {
        return report.agencyName(row.agencyId(), texts.locale());
    }

    private static ECharts chart(ChartOption.Builder option, String className, int heightPx) {
        ECharts chart = new ECharts(option.animation(false).build());
        chart.addClassNames("report-chart", className);
        chart.setHeight(heightPx + "px");
        return chart;
    }
}
