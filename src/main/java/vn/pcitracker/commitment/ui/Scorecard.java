package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentDetails.CriterionResult;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;
import vn.pcitracker.commitment.CommitmentDetails.UnitScore;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/**
 * The units of one commitment side by side: a chart and a table of their scores, then each unit's criteria with the
 * latest value, the live value now, and the score formula with the numbers plugged in.
 */
class Scorecard extends VerticalLayout {

    private static final String KEY = "commitment.Scorecard.";

    private final CommitmentDetails commitment;
    private final Map<Long, AgencySummary> agencies;
    private final CriterionLabels labels;

    /** One line of the breakdown: a unit's result on a criterion. */
    record Line(String unit, CriterionView criterion, CriterionResult result) {
    }

    Scorecard(CommitmentDetails commitment, Map<Long, AgencySummary> agencies, CriterionLabels labels) {
        this.commitment = commitment;
        this.agencies = agencies;
        this.labels = labels;
        setPadding(false);
        addClassName("commitment-scorecard");
        add(chart(), unitTable(), breakdown());
    }

    private String unitName(long unitId) {
        return CommitmentTexts.unitName(commitment.unit(unitId), agencies, getLocale());
    }

    private ECharts chart() {
        List<String> names = commitment.unitScores().stream().map(s -> unitName(s.unitId())).toList();
        List<Double> scores = commitment.unitScores().stream().map(s -> Math.round(s.score() * 10) / 10.0).toList();
        ChartOption option = ChartOption.builder()
                .title(Title.of(getTranslation(KEY + "chartTitle")))
                .tooltip(Tooltip.axis())
                .xAxis(Axis.category(names))
                .yAxis(Axis.value().withName(getTranslation(KEY + "points")).withRange(0, 100))
                .series(BarSeries.of(getTranslation(KEY + "points"), scores))
                .build();
        ECharts chart = new ECharts(option);
        chart.addClassName("scorecard-chart");
        chart.setHeight("320px");
        chart.setWidthFull();
        return chart;
    }

    private Grid<UnitScore> unitTable() {
        Grid<UnitScore> grid = new Grid<>();
        grid.addClassName("scorecard-units");
        grid.addColumn(s -> unitName(s.unitId())).setHeader(getTranslation(KEY + "unit")).setFlexGrow(2);
        grid.addComponentColumn(s -> CommitmentTexts.bar(s.score() / 100, CommitmentTexts.score(s.score(), getLocale())))
                .setHeader(getTranslation(KEY + "score")).setAutoWidth(true).setComparator(UnitScore::score);
        for (CriterionView criterion : commitment.criteria()) {
            grid.addColumn(s -> percent(result(s, criterion.id()).achievement()))
                    .setHeader(criterion.name() + " (" + criterion.weight() + ")").setAutoWidth(true).setResizable(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(commitment.unitScores());
        return grid;
    }

    private Grid<Line> breakdown() {
        Grid<Line> grid = new Grid<>();
        grid.addClassName("scorecard-breakdown");
        grid.addColumn(Line::unit).setHeader(getTranslation(KEY + "unit")).setFlexGrow(1);
        grid.addColumn(line -> line.criterion().name()).setHeader(getTranslation(KEY + "criterion")).setFlexGrow(2);
        grid.addColumn(this::value).setHeader(getTranslation(KEY + "value")).setFlexGrow(1);
        grid.addComponentColumn(line -> achievement(line.result())).setHeader(getTranslation(KEY + "achievement")).setAutoWidth(true);
        grid.addColumn(this::worked).setHeader(getTranslation(KEY + "worked")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        List<Line> lines = new ArrayList<>();
        for (UnitScore score : commitment.unitScores()) {
            for (CriterionView criterion : commitment.criteria()) {
                lines.add(new Line(unitName(score.unitId()), criterion, result(score, criterion.id())));
            }
        }
        grid.setItems(lines);
        return grid;
    }

    private String value(Line line) {
        Locale locale = getLocale();
        String latest = line.result().value() == null ? getTranslation(KEY + "noValue")
                : CommitmentTexts.figure(line.result().value(), locale) + " " + line.criterion().unit();
        if (!line.criterion().live()) {
            return latest;
        }
        String now = line.result().liveNow() == null ? getTranslation(KEY + "noValue")
                : CommitmentTexts.figure(line.result().liveNow(), locale) + " " + line.criterion().unit();
        return getTranslation(KEY + "liveValue", latest, now);
    }

    private Component achievement(CriterionResult result) {
        String text = percent(result.achievement()) + (result.stretchReached() ? " ★" : "");
        Component bar = CommitmentTexts.bar(result.achievement(), text);
        if (result.stretchReached() && bar instanceof com.vaadin.flow.component.HasElement element) {
            element.getElement().setAttribute("title", getTranslation(KEY + "stretchReached"));
        }
        return bar;
    }

    /** The formula with this line's numbers: "(89 − 80) ÷ (95 − 80) = 0,60 → 0,60 × 40 = 24,0". */
    private String worked(Line line) {
        Locale locale = getLocale();
        CriterionView c = line.criterion();
        BigDecimal value = line.result().value();
        String points = CommitmentTexts.score(line.result().achievement() * c.weight(), locale);
        String achieved = decimal(line.result().achievement());
        if (value == null) {
            return getTranslation(KEY + "workedNoValue", c.weight());
        }
        BigDecimal span = c.target().subtract(c.baseline());
        if (span.signum() == 0 || !c.direction().atLeastAsGood(c.target(), c.baseline())) {
            return getTranslation(KEY + "workedFlat", CommitmentTexts.figure(value, locale),
                    CommitmentTexts.figure(c.target(), locale), achieved, String.valueOf(c.weight()), points);
        }
        String ratio = decimal(value.subtract(c.baseline()).divide(span, MathContext.DECIMAL64).doubleValue());
        return getTranslation(KEY + "workedRatio", CommitmentTexts.figure(value, locale), CommitmentTexts.figure(c.baseline(), locale),
                CommitmentTexts.figure(c.target(), locale), ratio, achieved, String.valueOf(c.weight()), points);
    }

    private String decimal(double number) {
        return vn.pcitracker.shared.i18n.LocaleFormats.decimal(BigDecimal.valueOf(number), 2, getLocale());
    }

    private String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static CriterionResult result(UnitScore score, long criterionId) {
        return score.criteria().stream().filter(r -> r.criterionId() == criterionId).findFirst().orElseThrow();
    }
}
