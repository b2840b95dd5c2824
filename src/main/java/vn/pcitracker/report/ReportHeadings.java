package vn.pcitracker.report;

import java.util.ArrayList;
import java.util.List;

/** The lines above the findings: the title with the period and the province, then the dates and sources. */
public final class ReportHeadings {

    private static final String KEY = "report.ReportHeadings.";

    private ReportHeadings() {
    }

    /** "Báo cáo tình hình tiếp nhận, xử lý kiến nghị của doanh nghiệp tháng 10/2026 – Hải Phòng". */
    public static String title(MonthlyReport report, ReportTexts texts) {
        return texts.text(KEY + "title", texts.period(report.period()), report.provinceName(texts.locale()));
    }

    /** The period's days, when the report was made, whether the figures are provisional, and which PCI years compare. */
    public static List<String> subtitle(MonthlyReport report, ReportTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text(KEY + "period", texts.date(report.period().from()), texts.date(report.period().to()),
                texts.date(report.generatedOn())));
        if (report.provisional()) {
            lines.add(texts.text(KEY + "provisional", texts.date(report.figuresAsOf())));
        }
        lines.add(texts.text(KEY + "comparedWith", texts.period(report.previous().period())));
        return lines;
    }

    /** Which published scores and which goal the PCI section compares; one line. */
    public static String pciYears(MonthlyReport report, ReportTexts texts) {
        Integer scored = report.pciGoal().latestScoredYear();
        if (report.pciGoal().goal() == null || scored == null) {
            return texts.text("report.ReportSummary.noGoal");
        }
        return texts.text(KEY + "pciYears", String.valueOf(scored), String.valueOf(report.pciGoal().goal().year()),
                report.pciGoal().goal().sourceDocument() == null ? "–" : report.pciGoal().goal().sourceDocument());
    }
}
