package vn.pcitracker.indicator.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import vn.pcitracker.indicator.PciService;
import vn.pcitracker.indicator.PciYearResult;
import vn.pcitracker.indicator.ProvinceHistory;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.ShownOrder;
import vn.pcitracker.shared.i18n.LocaleFormats;
import vn.pcitracker.shared.ui.echarts.ChartClickEvent;
import vn.pcitracker.shared.ui.echarts.ECharts;

/** Where every role starts: the province's PCI composite and rank over the years, its sub-indices, and the sources. */
@Route("")
@Menu(title = "indicator.PciOverviewView.menu", order = 0, icon = "vaadin:chart-line")
@PermitAll
class PciOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final ProvinceHistory history;
    private final Span selectedYear = new Span();
    private final PciService pci;
    private final String provinceCode;
    private final ShownOrder<PciYearResult> tableOrder;
    private final PciHistoryExport export;

    PciOverviewView(PciService pci, @Value("${app.province.code}") String provinceCode) {
        this.pci = pci;
        this.provinceCode = provinceCode;
        this.history = pci.history(provinceCode);
        addClassName("pci-overview");
        PciCharts charts = new PciCharts(history, getLocale(), this::getTranslation);
        ECharts trend = charts.compositeAndRank();
        trend.addClickListener(this::showYear);
        ECharts radar = charts.subIndexRadar();
        selectedYear.addClassName("selected-year");
        selectedYear.setText(getTranslation("indicator.PciOverviewView.clickHint"));
        Div chartRow = new Div(trend, radar);
        chartRow.addClassName("chart-row");
        PciHistoryGrid table = new PciHistoryGrid(history, pci.computedComposites(provinceCode), getLocale());
        table.setWidthFull();
        this.tableOrder = new ShownOrder<>(table);
        this.export = new PciHistoryExport(this, getLocale(), history.subIndices());
        add(new H2(getTranslation("indicator.PciOverviewView.heading", history.name(getLocale()))),
                new Paragraph(getTranslation("indicator.PciOverviewView.explanation")),
                chartRow, selectedYear, new ExportButtons(PciHistoryExport.FILE_NAME, this::export), table,
                new PciComparisonChart(pci.composites(provinceCode), getLocale(), this::getTranslation).chart(), sources());
    }

    /** Writes the table as the export buttons do: its years, in the order shown, with the figures of now. */
    void export(ExportFormat format, OutputStream out) {
        List<PciYearResult> years = tableOrder.sorted(PciHistoryGrid.shownYears(pci.history(provinceCode)));
        export.write(format, out, years, pci.computedComposites(provinceCode));
    }

    private void showYear(ChartClickEvent click) {
        history.years().stream().filter(year -> String.valueOf(year.year()).equals(click.getName())).findFirst()
                .ifPresent(year -> selectedYear.setText(describe(year)));
    }

    private String describe(PciYearResult year) {
        String composite = year.composite() == null ? getTranslation("indicator.PciOverviewView.unknown")
                : LocaleFormats.decimal(year.composite(), 2, getLocale());
        String rank = year.rank() == null ? getTranslation("indicator.PciOverviewView.unknown") : String.valueOf(year.rank());
        return getTranslation("indicator.PciOverviewView.yearDetail", String.valueOf(year.year()), composite, rank);
    }

    private Div sources() {
        Div sources = new Div(new Span(getTranslation("indicator.PciOverviewView.sources")));
        sources.addClassName("sources");
        history.years().stream().map(PciYearResult::sourceUrl).filter(Objects::nonNull).distinct()
                .forEach(url -> sources.add(SourceLink.of(url, url)));
        return sources;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.PciOverviewView.title");
    }
}
