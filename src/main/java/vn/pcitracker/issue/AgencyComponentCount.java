package vn.pcitracker.issue;

/** Open issues led by an agency and linked to a DDCI component (an issue linked to two components counts twice). */
public record AgencyComponentCount(long agencyId, String agencyNameVi, String agencyNameEn, long componentId,
                                   String componentCode, String componentNameVi, String componentNameEn, long count) {
}
