package vn.pcitracker.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.pcitracker.commitment.UnitCheckIns;
import vn.pcitracker.indicator.PciGoalGap;
import vn.pcitracker.licensing.bottleneck.BottleneckMove;
import vn.pcitracker.organization.AgencySummary;

/**
 * Everything the report on a period says, computed once and then written as a page, a workbook or a mail.
 *
 * @param figuresAsOf      the day the "at the end" figures describe: the period's last day, or today while it runs
 * @param carriedOver      issues open the day before the period began and still open at its end
 * @param agencies         agencies with anything to report, most overdue first
 * @param lastTwelveMonths received and answered per month, the twelve months ending with the period
 * @param bottlenecksMoved bottlenecks whose state changed in the period, latest first
 * @param checkIns         commitment check-ins recorded in the period, per unit
 * @param pciGoal          the latest published PCI sub-index scores against the goal of the period's year
 */
public record MonthlyReport(ReportPeriod period, LocalDate generatedOn, LocalDate figuresAsOf, String provinceNameVi,
                            String provinceNameEn, PeriodFigures current, PeriodFigures previous, long carriedOver,
                            List<AgencyFigures> agencies, List<MonthVolume> lastTwelveMonths,
                            List<BottleneckMove> bottlenecksMoved, List<UnitCheckIns> checkIns, PciGoalGap pciGoal,
                            Map<Long, AgencySummary> agencyNames) {

    /** Open the day before the period began: what the previous period handed on. */
    public long openAtStart() {
        return previous.kpis().open();
    }

    /** Whether the period had not ended when the report was made, so its figures are provisional. */
    public boolean provisional() {
        return figuresAsOf.isBefore(period.to());
    }

    public String provinceName(Locale locale) {
        return "vi".equals(locale.getLanguage()) || provinceNameEn == null ? provinceNameVi : provinceNameEn;
    }

    public String agencyName(Long id, Locale locale) {
        if (id == null) {
            return "";
        }
        AgencySummary agency = agencyNames.get(id);
        return agency == null ? "#" + id : agency.name(locale);
    }
}
