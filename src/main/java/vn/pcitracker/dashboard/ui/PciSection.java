package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pcitracker.dashboard.PciStanding;
import vn.pcitracker.dashboard.SubIndexGap;
import vn.pcitracker.indicator.PciYearResult;
import vn.pcitracker.indicator.ProvinceGoal;
import vn.pcitracker.indicator.SubIndex;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartClickEvent;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.DataItem;
import vn.pcitracker.shared.ui.echarts.Grid;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Label;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.LineSeries;
import vn.pcitracker.shared.ui.echarts.MarkLine;
import vn.pcitracker.shared.ui.echarts.Radar;
import vn.pcitracker.shared.ui.echarts.RadarSeries;
import vn.pcitracker.shared.ui.echarts.RadarValue;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/**
 * Where the province stands against its PCI goal: composite and rank over the years with the goals (the line marks the
 * goal of the year the period ends in, else the one the gaps are measured against), the latest
 * published sub-index scores against the goal's targets, and the gap per sub-index with what is linked to it. PCI is
 * yearly, so these charts say they do not follow the chosen period.
 */
final class PciSection {

    private final Section section;
    private final PciStanding pci;

    PciSection(Section section) {
        this.section = section;
        this.pci = section.figures().pci();
    }

    Div block() {
        Div block = Section.block(section.text("dashboard.PciSection.heading"), "pci-section", trend(), radar(), gap());
        Paragraph note = new Paragraph(note());
        note.addClassName("dashboard-note");
        block.addComponentAtIndex(1, note);
        return block;
    }

    ECharts trend() {
        TreeSet<Integer> years = new TreeSet<>();
        pci.history().years().forEach(year -> years.add(year.year()));
        pci.goals().forEach(goal -> years.add(goal.year()));
        Map<Integer, PciYearResult> results = pci.history().years().stream()
                .collect(Collectors.toMap(PciYearResult::year, Function.identity()));
        Map<Integer, ProvinceGoal> goals = pci.goals().stream().collect(Collectors.toMap(ProvinceGoal::year, Function.identity()));
        String composite = section.text("dashboard.PciSection.composite");
        String rank = section.text("dashboard.PciSection.rank");
        LineSeries compositeLine = LineSeries.of(composite, years.stream()
                .map(y -> results.containsKey(y) ? number(results.get(y).composite()) : null).toList()).withSymbol("circle");
        ProvinceGoal marked = goals.getOrDefault(section.drill().scope().to().getYear(), pci.goal());
        if (marked != null && marked.targetComposite() != null) {
            compositeLine = compositeLine.withMarkLine(MarkLine.atY(section.text("dashboard.PciSection.goalLine",
                    String.valueOf(marked.year())), marked.targetComposite()));
        }
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.PciSection.trendTitle")).withSubtext(section.text("dashboard.PciSection.yearly")))
                .grid(new Grid(null, "72", "80", null))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .xAxis(Axis.category(years.stream().map(String::valueOf).toList()))
                .yAxis(Axis.value().withName(composite).withRange(40, 80))
                .yAxis(Axis.value().withName(rank).inverted().withRange(1, null).withMinInterval(1).at(Axis.Position.RIGHT))
                .series(compositeLine,
                        LineSeries.of(section.text("dashboard.PciSection.goalComposite"), years.stream()
                                .map(y -> goals.containsKey(y) ? number(goals.get(y).targetComposite()) : null).toList())
                                .withSymbol("triangle"),
                        LineSeries.of(rank, years.stream()
                                .map(y -> results.containsKey(y) ? results.get(y).rank() : null).toList())
                                .onYAxis(1).withSymbol("diamond"));
        return section.chart(option, "pci-trend-chart", 360);
    }

    ECharts radar() {
        List<SubIndex> subIndices = pci.history().subIndices();
        List<Radar.Indicator> spokes = subIndices.stream().map(s -> Radar.Indicator.of(s.name(section.locale()), 10)).toList();
        List<RadarValue> polygons = new java.util.ArrayList<>();
        if (pci.latestScoredYear() != null) {
            polygons.add(RadarValue.of(section.text("dashboard.PciSection.scores", String.valueOf(pci.latestScoredYear())),
                    pci.gaps().stream().map(g -> number(g.latestScore())).toList()));
        }
        if (pci.goal() != null) {
            polygons.add(RadarValue.of(section.text("dashboard.PciSection.targets", String.valueOf(pci.goal().year())),
                    pci.gaps().stream().map(g -> number(g.target())).toList()));
        }
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.PciSection.radarTitle")).withSubtext(subtitle()))
                .tooltip(Tooltip.item()).legend(Legend.atBottom())
                .radar(Radar.of(spokes).withRadius("58%").withNamesWrappedAt(100))
                .series(RadarSeries.of(section.text("dashboard.PciSection.radarSeries"), polygons));
        return section.chart(option, "pci-radar-chart", 360);
    }

    /** Horizontal bars, one per sub-index: target − latest score, labelled with what is linked to it. */
    ECharts gap() {
        List<SubIndexGap> gaps = pci.gaps();
        List<DataItem> bars = gaps.stream().map(g -> DataItem.of(number(g.gap())).withLabel(Label.shown()
                .withPosition("right").withFormatter(section.text("dashboard.PciSection.gapLabel", section.decimal(g.gap(), 2),
                        g.openRecommendations(), g.openBottlenecks(), g.commitmentCriteria())))).toList();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.PciSection.gapTitle")).withSubtext(subtitle() + " · " + section.text("dashboard.PciSection.gapHint")))
                .grid(new Grid(null, "150", "64", null))
                .tooltip(Tooltip.item())
                .yAxis(Axis.category(gaps.stream().map(g -> g.subIndex().name(section.locale())).toList()).inverted()
                        .withEveryLabelTruncatedAt(140))
                .xAxis(Axis.value().withName(section.text("dashboard.PciSection.gapAxis")))
                .series(BarSeries.ofItems(section.text("dashboard.PciSection.gapSeries"), bars));
        ECharts chart = section.chart(option, "pci-gap-chart", 460);
        chart.addClickListener(this::openLinkedRecommendations);
        return chart;
    }

    private void openLinkedRecommendations(ChartClickEvent click) {
        int index = click.getDataIndex();
        if (index < 0 || index >= pci.gaps().size()) {
            return;
        }
        section.drill().open(section.drill().openOnScopeEnd()
                .withPciSubIndex(pci.gaps().get(index).subIndex().code()));
    }

    /** Which years the radar and the gaps compare, short enough for a chart's subtitle. */
    private String subtitle() {
        String scores = pci.latestScoredYear() == null ? section.text("dashboard.PciSection.noScores")
                : section.text("dashboard.PciSection.scoresOf", String.valueOf(pci.latestScoredYear()));
        String goal = pci.goal() == null ? section.text("dashboard.PciSection.noGoal")
                : section.text("dashboard.PciSection.goalOf", String.valueOf(pci.goal().year()));
        return scores + " · " + goal;
    }

    /** The goal's source, and how to read the gap bars' labels. */
    private String note() {
        String goal = pci.goal() == null ? section.text("dashboard.PciSection.noGoal")
                : section.text("dashboard.PciSection.goalSource", String.valueOf(pci.goal().year()), pci.goal().sourceDocument());
        return goal + " " + section.text("dashboard.PciSection.gapLegend");
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
