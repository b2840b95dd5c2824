package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pcitracker.dashboard.RecommendationFigures;
import vn.pcitracker.issue.AgencyStateCount;
import vn.pcitracker.issue.CategoryCount;
import vn.pcitracker.issue.IssueChannel;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.issue.MonthRate;
import vn.pcitracker.shared.i18n.AppLocales;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartClickEvent;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Label;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.LineSeries;
import vn.pcitracker.shared.ui.echarts.NamedValue;
import vn.pcitracker.shared.ui.echarts.PieSeries;
import vn.pcitracker.shared.ui.echarts.Title;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/**
 * The recommendations of the period: received per month by state, per agency by state with the overdue ones, the
 * on-time rate per month, open ones per agency and DDCI component ({@link OpenHeatMap}), by field and by channel.
 * Each element opens the inbox filtered to the recommendations it counts.
 */
final class RecommendationSection {

    private final Section section;
    private final RecommendationFigures figures;

    RecommendationSection(Section section) {
        this.section = section;
        this.figures = section.figures().recommendations();
    }

    Div block() {
        return Section.block(section.text("dashboard.RecommendationSection.heading"), "recommendation-section",
                byMonth(), onTime(), byAgency(), new OpenHeatMap(section).chart(), byField(), byChannel());
    }

    ECharts byMonth() {
        List<YearMonth> months = months();
        Set<IssueState> states = EnumSet.noneOf(IssueState.class);
        figures.receivedByMonth().forEach(row -> states.add(row.state()));
        Map<String, IssueState> bySeries = new LinkedHashMap<>();
        List<BarSeries> series = states.stream().map(state -> {
            bySeries.put(stateLabel(state), state);
            return BarSeries.of(stateLabel(state), months.stream().map(month -> figures.receivedByMonth().stream()
                    .filter(row -> row.month().equals(month) && row.state() == state)
                    .mapToLong(row -> row.count()).sum()).toList()).stackedAs("received");
        }).toList();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.RecommendationSection.byMonthTitle")).withSubtext(section.text("dashboard.RecommendationSection.byMonthSubtitle")))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom().scrolling())
                .xAxis(Axis.category(months.stream().map(this::monthLabel).toList()))
                .yAxis(Axis.value().withMinInterval(1)).series(series);
        ECharts chart = section.chart(option, "received-by-month-chart", 380);
        chart.addClickListener(click -> {
            IssueState state = bySeries.get(click.getSeriesName());
            if (state != null && inRange(click, months.size())) {
                YearMonth month = months.get(click.getDataIndex());
                section.drill().open(section.drill().received(month.atDay(1), month.atEndOfMonth()).withStates(Set.of(state)));
            }
        });
        return chart;
    }

    ECharts onTime() {
        List<MonthRate> rates = figures.onTimeByMonth();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.RecommendationSection.onTimeTitle")).withSubtext(section.text("dashboard.RecommendationSection.onTimeSubtitle")))
                .tooltip(Tooltip.axis())
                .xAxis(Axis.category(rates.stream().map(rate -> monthLabel(rate.month())).toList()))
                .yAxis(Axis.value().withRange(0, 100).withLabelFormatter("{value} %"))
                .series(LineSeries.of(section.text("dashboard.RecommendationSection.onTimeSeries"), rates.stream()
                        .map(rate -> rate.onTime().rate().isPresent() ? Math.round(rate.onTime().rate().getAsDouble() * 1000) / 10.0 : null)
                        .toList()).withSymbol("circle").withLabel(Label.shown().withPosition("top")));
        ECharts chart = section.chart(option, "on-time-chart", 380);
        chart.addClickListener(click -> {
            if (inRange(click, rates.size())) {
                YearMonth month = rates.get(click.getDataIndex()).month();
                section.drill().open(section.drill().answered(month.atDay(1), month.atEndOfMonth()));
            }
        });
        return chart;
    }

    /** Horizontal bars per lead agency stacked by state, and beside them the overdue ones. */
    ECharts byAgency() {
        Map<Long, List<AgencyStateCount>> byAgency = new LinkedHashMap<>();
        // Totals once, not per comparison: with 150 agencies and their states the sort summed a million rows.
        Map<Long, Long> totals = figures.byAgency().stream().collect(java.util.stream.Collectors.groupingBy(
                AgencyStateCount::agencyId, java.util.stream.Collectors.summingLong(AgencyStateCount::count)));
        figures.byAgency().stream()
                .sorted(java.util.Comparator.comparingLong((AgencyStateCount row) -> -totals.get(row.agencyId())))
                .forEach(row -> byAgency.computeIfAbsent(row.agencyId(), id -> new ArrayList<>()).add(row));
        List<Long> agencies = List.copyOf(byAgency.keySet());
        Set<IssueState> states = EnumSet.noneOf(IssueState.class);
        figures.byAgency().forEach(row -> states.add(row.state()));
        Map<String, IssueState> bySeries = new LinkedHashMap<>();
        List<BarSeries> series = new ArrayList<>(states.stream().map(state -> {
            bySeries.put(stateLabel(state), state);
            return BarSeries.of(stateLabel(state), agencies.stream().map(id -> byAgency.get(id).stream()
                    .filter(row -> row.state() == state).mapToLong(AgencyStateCount::count).sum()).toList()).stackedAs("state");
        }).toList());
        String overdue = section.text("dashboard.RecommendationSection.overdueSeries");
        series.add(BarSeries.of(overdue, agencies.stream().map(id -> byAgency.get(id).stream()
                .mapToLong(AgencyStateCount::overdue).sum()).toList()).stackedAs("overdue").withLabel(Label.shown().withPosition("right")));
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.RecommendationSection.byAgencyTitle")).withSubtext(section.text("dashboard.RecommendationSection.byAgencySubtitle")))
                .tooltip(Tooltip.axis()).legend(Legend.atBottom().scrolling())
                .yAxis(Axis.category(agencies.stream().map(id -> agencyName(byAgency.get(id).getFirst())).toList())
                        .inverted().withEveryLabelTruncatedAt(180))
                .xAxis(Axis.value().withMinInterval(1)).series(series);
        ECharts chart = section.chart(option, "by-agency-chart", Math.max(380, 120 + 34 * agencies.size()));
        chart.addClassName("wide");
        chart.addClickListener(click -> {
            if (!inRange(click, agencies.size())) {
                return;
            }
            Long agency = agencies.get(click.getDataIndex());
            if (overdue.equals(click.getSeriesName())) {
                section.drill().open(section.drill().received().withLeadAgency(agency).withOverdue(true));
            } else if (bySeries.containsKey(click.getSeriesName())) {
                section.drill().open(section.drill().received().withLeadAgency(agency).withStates(Set.of(bySeries.get(click.getSeriesName()))));
            }
        });
        return chart;
    }

    ECharts byField() {
        List<CategoryCount> fields = figures.byField().stream()
                .sorted(java.util.Comparator.comparingLong(CategoryCount::count).reversed()).toList();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.RecommendationSection.byFieldTitle")).withSubtext(section.text("dashboard.RecommendationSection.receivedSubtitle")))
                .tooltip(Tooltip.item())
                .yAxis(Axis.category(fields.stream().map(this::name).toList()).inverted().withEveryLabelTruncatedAt(160))
                .xAxis(Axis.value().withMinInterval(1))
                .series(BarSeries.of(section.text("dashboard.RecommendationSection.countSeries"), fields.stream().map(CategoryCount::count).toList())
                        .withLabel(Label.shown().withPosition("right")));
        ECharts chart = section.chart(option, "by-field-chart", Math.max(340, 100 + 30 * fields.size()));
        chart.addClickListener(click -> {
            if (inRange(click, fields.size())) {
                section.drill().open(section.drill().received().withField(fields.get(click.getDataIndex()).id()));
            }
        });
        return chart;
    }

    ECharts byChannel() {
        List<CategoryCount> channels = figures.byChannel();
        ChartOption.Builder option = ChartOption.builder()
                .title(Title.of(section.text("dashboard.RecommendationSection.byChannelTitle")).withSubtext(section.text("dashboard.RecommendationSection.receivedSubtitle")))
                .tooltip(Tooltip.item()).legend(Legend.atBottom().scrolling())
                .series(PieSeries.of(section.text("dashboard.RecommendationSection.countSeries"),
                        channels.stream().map(row -> new NamedValue(channelName(row), row.count())).toList()).withRadius("35%", "62%"));
        ECharts chart = section.chart(option, "by-channel-chart", 340);
        chart.addClickListener(click -> {
            if (inRange(click, channels.size())) {
                section.drill().open(section.drill().received().withChannel(IssueChannel.valueOf(channels.get(click.getDataIndex()).key())));
            }
        });
        return chart;
    }

    private List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(section.drill().scope().from()); !month.isAfter(YearMonth.from(section.drill().scope().to()));
             month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    static boolean inRange(ChartClickEvent click, int size) {
        return click.getDataIndex() >= 0 && click.getDataIndex() < size;
    }

    private String monthLabel(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    private String stateLabel(IssueState state) {
        return section.label("issue.IssueState." + state.name());
    }

    private String agencyName(AgencyStateCount row) {
        return AppLocales.isVietnamese(section.locale()) || row.nameEn() == null ? row.nameVi() : row.nameEn();
    }

    private String name(CategoryCount row) {
        return AppLocales.isVietnamese(section.locale()) || row.nameEn() == null ? row.nameVi() : row.nameEn();
    }

    private String channelName(CategoryCount row) {
        return row.nameVi() == null ? section.label("issue.IssueChannel." + row.key()) : name(row);
    }
}
