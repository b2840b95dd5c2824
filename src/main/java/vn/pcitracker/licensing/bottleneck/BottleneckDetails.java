package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LicensingProcedureSummary;

/**
 * Everything the bottleneck page shows, with the actions the current user may take now. {@code line} is the row
 * the bottleneck was recorded under (its legal basis and number as they were then); {@code lineSuccessors} are
 * the rows it became in later versions of the catalogue, oldest first. {@code daysSaved}: see
 * {@link BottleneckFigureService}; null until it can be computed.
 */
public record BottleneckDetails(long id, String code, BottleneckState state, LicensingProcedureSummary procedure,
                                ConditionalLineSummary line, List<ConditionalLineSummary> lineSuccessors, long agencyId,
                                Long ownerAgencyId, String title, String description, Set<BottleneckCause> causes,
                                Integer informalCostReports, String informalCostNote, Set<Long> ddciComponentIds,
                                ProposedFix fix, LocalDate targetDate, boolean isPublic, LocalDate identifiedOn,
                                BigDecimal measuredDaysAfter, String dropReason, List<Evidence> evidence,
                                List<LinkedIssue> issues, List<BottleneckTimelineEntry> timeline,
                                Set<BottleneckAction> allowedActions, BigDecimal daysSaved, long version) {

    public boolean allows(BottleneckAction action) {
        return allowedActions.contains(action);
    }
}
