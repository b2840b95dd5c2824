package vn.pcitracker.issue;

/**
 * How a recommendation reached the province. Labels: {@code issue.IssueChannel.<NAME>}. {@code PARTNER_API}:
 * submitted by a partner system with an API key (the api module), through Open311 or {@code /api/v1}.
 */
public enum IssueChannel {
    DIALOGUE, ASSOCIATION_PORTAL, HOTLINE, EMAIL, DOCUMENT, IMPORT, NATIONAL_PORTAL, PARTNER_API;

    /** The channels an officer may name when recording a recommendation by hand: a partner system files its own. */
    public static java.util.List<IssueChannel> recordedByHand() {
        return java.util.Arrays.stream(values()).filter(channel -> channel != PARTNER_API).toList();
    }
}
