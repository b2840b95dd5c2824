package vn.pcitracker.dashboard;

import java.util.List;
import vn.pcitracker.issue.AgencyComponentCount;
import vn.pcitracker.issue.AgencyStateCount;
import vn.pcitracker.issue.CategoryCount;
import vn.pcitracker.issue.MonthRate;
import vn.pcitracker.issue.MonthStateCount;

/** The recommendation charts' figures, as {@code IssueDashboardFigures} computes them for the scope. */
public record RecommendationFigures(List<MonthStateCount> receivedByMonth, List<AgencyStateCount> byAgency,
                                    List<MonthRate> onTimeByMonth, List<AgencyComponentCount> openByAgencyAndComponent,
                                    List<CategoryCount> byField, List<CategoryCount> byChannel) {
}
