package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.pcitracker.licensing.bottleneck.FigureRow;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartClickEvent;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Label;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/**
 * Licensing bottlenecks per agency concerned, over the whole register (its measurements have periods of their own):
 * statutory, reduced and actual days before and after the fixes, and the days saved by implemented fixes. A bar opens
 * the register filtered to the agency.
 */
final class BottleneckSection {

    private final Section section;
    private final List<FigureRow> rows;

    BottleneckSection(Section section) {
        this.section = section;
        this.rows = section.figures().bottlenecksByAgency();
    }

    Div block() {
        return Section.block(section.text("dashboard.BottleneckSection.heading"), "bottleneck-section", days(), saved());
    }

    ECharts days() {
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.BottleneckSection.daysTitle")).withSubtext(section.text("dashboard.BottleneckSection.wholeRegister")))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .yAxis(Axis.category(rows.stream().map(this::agency).toList()).inverted().withEveryLabelTruncatedAt(160))
                .xAxis(Axis.value().withName(section.text("dashboard.BottleneckSection.daysAxis")))
                .series(series("statutory", rows, FigureRow::meanStatutoryDays), series("reduced", rows, FigureRow::meanReducedDays),
                        series("before", rows, FigureRow::meanDaysBefore), series("after", rows, FigureRow::meanDaysAfter));
        ECharts chart = section.chart(option, "bottleneck-days-chart", Math.max(380, 140 + 70 * rows.size()));
        chart.addClickListener(click -> openAgency(click, rows));
        return chart;
    }

    ECharts saved() {
        List<FigureRow> fixed = rows.stream().filter(row -> row.daysSaved() != null)
                .sorted(Comparator.comparing(FigureRow::daysSaved).reversed()).toList();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.BottleneckSection.savedTitle")).withSubtext(section.text("dashboard.BottleneckSection.savedSubtitle")))
                .tooltip(Tooltip.axis())
                .yAxis(Axis.category(fixed.stream().map(this::agency).toList()).inverted().withEveryLabelTruncatedAt(160))
                .xAxis(Axis.value().withName(section.text("dashboard.BottleneckSection.daysAxis")))
                .series(series("saved", fixed, FigureRow::daysSaved).withLabel(Label.shown().withPosition("right")));
        ECharts chart = section.chart(option, "bottleneck-saved-chart", Math.max(300, 100 + 34 * fixed.size()));
        chart.addClickListener(click -> openAgency(click, fixed));
        return chart;
    }

    private void openAgency(ChartClickEvent click, List<FigureRow> shown) {
        if (RecommendationSection.inRange(click, shown.size())) {
            section.drill().openBottlenecks(shown.get(click.getDataIndex()).groupId());
        }
    }

    private BarSeries series(String name, List<FigureRow> shown, Function<FigureRow, BigDecimal> value) {
        return BarSeries.of(section.text("dashboard.BottleneckSection." + name),
                shown.stream().map(value).map(v -> v == null ? null : v.doubleValue()).toList());
    }

    private String agency(FigureRow row) {
        return section.agencyName(row.groupId());
    }
}
