package vn.pcitracker.commitment;

import java.time.LocalDate;
import java.util.Map;

/**
 * The check-ins one unit of a commitment recorded in a period ({@link CommitmentDashboardFigures#checkInsRecordedIn}):
 * how many, how many of each status (statuses without any are absent), and the day of the latest (in Vietnam). The
 * unit is a division (by name) or an agency (by id).
 */
public record UnitCheckIns(long commitmentId, String commitmentTitle, long unitId, String divisionName, Long agencyId,
                           long checkIns, Map<CheckInStatus, Long> byStatus, LocalDate lastRecordedOn) {

    public long count(CheckInStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
