package vn.pcitracker.scorecard;

import java.util.Locale;
import vn.pcitracker.commitment.AgencyCommitmentProgress;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.licensing.bottleneck.OwnedBottlenecks;
import vn.pcitracker.organization.AgencySummary;

/**
 * One agency's row of the scorecard for a period. The four measures carry their counts (numerator ÷ denominator,
 * see {@code IssueMeasures}); {@code overdueNow} and {@code bottlenecks} are as of today; {@code commitment} and
 * {@code officialDdci} are null when the agency has none.
 */
public record AgencyScorecard(AgencySummary agency, Measure onTime, Measure averageWorkingDays,
                              Measure satisfaction766, Measure reopened, long overdueNow, OwnedBottlenecks bottlenecks,
                              AgencyCommitmentProgress commitment, DdciResultSummary officialDdci) {

    public long agencyId() {
        return agency.id();
    }

    public String agencyName(Locale locale) {
        return agency.name(locale);
    }
}
