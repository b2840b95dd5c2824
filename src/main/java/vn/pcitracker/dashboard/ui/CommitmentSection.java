package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vn.pcitracker.commitment.CommitmentDashboardFigures.CommitmentFlags;
import vn.pcitracker.commitment.CommitmentDashboardFigures.UnitProgress;
import vn.pcitracker.commitment.GamingFlag;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Label;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/**
 * Emulation commitments of the year the period ends in: each unit's score, lowest first (who is behind), and the
 * gaming flags raised per commitment. A bar opens the commitment.
 */
final class CommitmentSection {

    private final Section section;

    CommitmentSection(Section section) {
        this.section = section;
    }

    Div block() {
        return Section.block(section.text("dashboard.CommitmentSection.heading"), "commitment-section", progress(), flags());
    }

    ECharts progress() {
        List<UnitProgress> units = section.figures().commitments().units().stream()
                .sorted(Comparator.comparingDouble(UnitProgress::score)).toList();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.CommitmentSection.progressTitle"))
                        .withSubtext(section.text("dashboard.CommitmentSection.yearSubtitle", String.valueOf(section.figures().commitmentYear()))))
                .tooltip(Tooltip.axis())
                .yAxis(Axis.category(units.stream().map(this::unitLabel).toList()).inverted().withEveryLabelTruncatedAt(200))
                .xAxis(Axis.value().withRange(0, 100).withName(section.text("dashboard.CommitmentSection.scoreAxis")))
                .series(BarSeries.of(section.text("dashboard.CommitmentSection.scoreSeries"),
                        units.stream().map(unit -> Math.round(unit.score() * 10) / 10.0).toList())
                        .withLabel(Label.shown().withPosition("right")));
        ECharts chart = section.chart(option, "commitment-progress-chart", Math.max(320, 100 + 30 * units.size()));
        chart.addClickListener(click -> {
            if (RecommendationSection.inRange(click, units.size())) {
                section.drill().openCommitment(units.get(click.getDataIndex()).commitmentId());
            }
        });
        return chart;
    }

    ECharts flags() {
        List<CommitmentFlags> flagged = section.figures().commitments().flags().stream()
                .sorted(Comparator.comparingLong(CommitmentFlags::total).reversed()).toList();
        List<BarSeries> series = Arrays.stream(GamingFlag.Kind.values()).map(kind -> BarSeries.of(section.label(kind.labelKey()),
                flagged.stream().map(c -> c.byKind().getOrDefault(kind, 0L)).toList()).stackedAs("flags")).toList();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.CommitmentSection.flagsTitle"))
                        .withSubtext(section.text("dashboard.CommitmentSection.yearSubtitle", String.valueOf(section.figures().commitmentYear()))))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .yAxis(Axis.category(flagged.stream().map(CommitmentFlags::commitmentTitle).toList()).inverted().withEveryLabelTruncatedAt(200))
                .xAxis(Axis.value().withMinInterval(1)).series(series);
        ECharts chart = section.chart(option, "commitment-flags-chart", Math.max(300, 110 + 34 * flagged.size()));
        chart.addClickListener(click -> {
            if (RecommendationSection.inRange(click, flagged.size())) {
                section.drill().openCommitment(flagged.get(click.getDataIndex()).commitmentId());
            }
        });
        return chart;
    }

    private String unitLabel(UnitProgress unit) {
        String name = unit.divisionName() != null ? unit.divisionName() : section.agencyName(unit.agencyId());
        return name + " – " + unit.commitmentTitle();
    }
}
