package vn.pcitracker.publicsite.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.pcitracker.issue.AgencyAnswerFigures;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.echarts.Axis;
import vn.pcitracker.shared.ui.echarts.BarSeries;
import vn.pcitracker.shared.ui.echarts.ChartOption;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.Legend;
import vn.pcitracker.shared.ui.echarts.Tooltip;

/** Per lead agency: answers, of which on time, and the submitters' satisfaction, as a bar chart and a table. */
class AgencyFiguresPanel extends Composite<Div> {

    private static final String KEY = "publicsite.AgencyFiguresPanel.";

    private final Grid<AgencyAnswerFigures> table = new Grid<>();
    private final ECharts chart = new ECharts(ChartOption.builder().build());

    AgencyFiguresPanel() {
        getContent().addClassName("public-figures");
        table.addClassName("public-figures-table");
        table.addColumn(row -> row.name(getLocale())).setHeader(getTranslation(KEY + "agency")).setFlexGrow(3);
        table.addColumn(AgencyAnswerFigures::answered).setHeader(getTranslation(KEY + "answered"));
        table.addColumn(row -> row.onTime() + " (" + percent(row.onTimePercent()) + ")").setHeader(getTranslation(KEY + "onTime"));
        table.addColumn(row -> row.rated() == 0 ? "—" : row.satisfied() + "/" + row.rated() + " (" + percent(row.satisfiedPercent()) + ")")
                .setHeader(getTranslation(KEY + "satisfied"));
        table.addColumn(row -> row.averageScore() == null ? "—" : LocaleFormats.decimal(BigDecimal.valueOf(row.averageScore()), 1, getLocale()))
                .setHeader(getTranslation(KEY + "averageScore"));
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        chart.addClassName("public-figures-chart");
        chart.setWidthFull();
        chart.setHeight("320px");
        getContent().add(new H2(getTranslation(KEY + "title")), chart, table);
    }

    void show(List<AgencyAnswerFigures> figures) {
        table.setItems(figures);
        chart.setHeight(Math.max(240, 90 + 56 * figures.size()) + "px");
        chart.setOption(ChartOption.builder()
                .tooltip(Tooltip.axis()).legend(Legend.atBottom())
                .xAxis(Axis.value().withMinInterval(1))
                .yAxis(Axis.category(figures.stream().map(row -> row.name(getLocale())).toList()))
                .series(series("answered", figures, AgencyAnswerFigures::answered),
                        series("onTime", figures, AgencyAnswerFigures::onTime),
                        series("satisfiedCount", figures, AgencyAnswerFigures::satisfied))
                .build());
    }

    List<AgencyAnswerFigures> shown() {
        return table.getListDataView().getItems().toList();
    }

    private BarSeries series(String key, List<AgencyAnswerFigures> rows, Function<AgencyAnswerFigures, Integer> value) {
        return BarSeries.of(getTranslation(KEY + key), rows.stream().map(value).toList());
    }

    private String percent(Double value) {
        return value == null ? "—" : LocaleFormats.decimal(BigDecimal.valueOf(value), 0, getLocale()) + " %";
    }
}
