package vn.pcitracker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.TableExport;

/**
 * One line of the key figures table: a measure in the period, in the period before and the change (null where a figure
 * does not exist, e.g. a rate with nothing to measure). Rates are in per cent, days to one decimal.
 */
public record KeyFigure(String labelKey, Kind kind, BigDecimal current, BigDecimal previous) {

    public enum Kind { COUNT, PERCENT, DAYS }

    private static final String KEY = "report.KeyFigure.";

    public BigDecimal change() {
        return current == null || previous == null ? null : current.subtract(previous);
    }

    public static List<KeyFigure> rows(MonthlyReport report) {
        PeriodFigures now = report.current();
        PeriodFigures before = report.previous();
        return List.of(
                count("received", now.received(), before.received()),
                count("answered", now.answered(), before.answered()),
                count("answeredOnTime", now.answeredOnTime(), before.answeredOnTime()),
                rate("onTimeRate", now.onTime(), before.onTime()),
                count("openAtEnd", now.kpis().open(), before.kpis().open()),
                count("overdueAtEnd", now.kpis().overdue(), before.kpis().overdue()),
                new KeyFigure(KEY + "carriedOver", Kind.COUNT, BigDecimal.valueOf(report.carriedOver()), null),
                rate("satisfaction", now.satisfaction(), before.satisfaction()),
                new KeyFigure(KEY + "workingDays", Kind.DAYS, days(now.kpis().averageWorkingDays()),
                        days(before.kpis().averageWorkingDays())),
                rate("reopenRate", now.kpis().reopened(), before.kpis().reopened()));
    }

    /** The table as the workbook writes it. */
    static TableExport<KeyFigure> table(ReportTexts texts) {
        return TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "measure", 50, figure -> texts.text(figure.labelKey())),
                ExportColumn.decimal(KEY + "current", 14, KeyFigure::current),
                ExportColumn.decimal(KEY + "previous", 14, KeyFigure::previous),
                ExportColumn.decimal(KEY + "change", 14, KeyFigure::change));
    }

    /** The value as the page shows it: "52", "85,1 %", "6,4". */
    public static String format(BigDecimal value, Kind kind, ReportTexts texts) {
        if (value == null) {
            return "–";
        }
        return switch (kind) {
            case COUNT -> texts.integer(value.longValue());
            case PERCENT -> texts.decimal(value, 1) + " %";
            case DAYS -> texts.decimal(value, 1);
        };
    }

    private static KeyFigure count(String key, long now, long before) {
        return new KeyFigure(KEY + key, Kind.COUNT, BigDecimal.valueOf(now), BigDecimal.valueOf(before));
    }

    private static KeyFigure rate(String key, Measure now, Measure before) {
        return new KeyFigure(KEY + key, Kind.PERCENT, ReportTexts.percentValue(now), ReportTexts.percentValue(before));
    }

    private static BigDecimal days(Measure measure) {
        return measure.denominator() == 0 ? null : BigDecimal.valueOf(measure.numerator())
                .divide(BigDecimal.valueOf(measure.denominator()), 1, RoundingMode.HALF_UP);
    }
}
