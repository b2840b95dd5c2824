package vn.pcitracker.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import vn.pcitracker.report.MonthlyReport;
import vn.pcitracker.report.ReportHeadings;
import vn.pcitracker.report.ReportSummary;
import vn.pcitracker.report.ReportTexts;

/**
 * The report itself, laid out as an A4 document: title, findings, key figures, the last twelve months, agencies,
 * bottlenecks, commitment check-ins, the gap to the PCI goal and how each figure is computed. Sections are numbered
 * as a report to the People's Committee is.
 */
final class ReportDocument {

    private static final String KEY = "report.ReportDocument.";

    private final MonthlyReport report;
    private final ReportTexts texts;
    private final ReportTables tables;
    private final ReportCharts charts;

    ReportDocument(MonthlyReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
        this.tables = new ReportTables(report, texts);
        this.charts = new ReportCharts(report, texts);
    }

    Div document() {
        Div document = new Div(header(),
                section("findings", findings()),
                section("keyFigures", tables.keyFigures(), charts.lastTwelveMonths()),
                section("agencies", tables.agencies(), charts.overdueByAgency(), charts.satisfactionByAgency()),
                section("bottlenecks", tables.bottlenecks()),
                section("checkIns", tables.checkIns()),
                section("pciGoal", note(ReportHeadings.pciYears(report, texts)), tables.pciGoal()),
                section("method", note(texts.text(KEY + "methodText"))));
        document.addClassName("report-document");
        return document;
    }

    private Div header() {
        Paragraph issuer = new Paragraph(texts.text(KEY + "issuer"));
        issuer.addClassName("report-issuer");
        H1 title = new H1(ReportHeadings.title(report, texts));
        title.addClassName("report-title");
        Div header = new Div(issuer, title);
        ReportHeadings.subtitle(report, texts).forEach(line -> header.add(note(line)));
        header.addClassName("report-header");
        return header;
    }

    private UnorderedList findings() {
        UnorderedList list = new UnorderedList();
        ReportSummary.sentences(report, texts).forEach(sentence -> list.add(new ListItem(sentence)));
        list.addClassName("report-findings");
        return list;
    }

    private Div section(String name, Component... content) {
        Div section = new Div(new H2(texts.text(KEY + name)));
        section.add(content);
        section.addClassNames("report-section", "report-section-" + name);
        return section;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("report-note");
        return note;
    }
}
