package vn.pcitracker.issue;

/**
 * Filters of the public results page, all optional and combined with AND: {@code text} ignores case and
 * Vietnamese diacritics over code, question and answer; {@code fieldCode}; {@code agencyId} the lead agency;
 * {@code year} of the answer. At most {@code limit} rows, latest answer first.
 */
public record PublishedAnswerQuery(String text, String fieldCode, Long agencyId, Integer year, int limit) {

    public static PublishedAnswerQuery all(int limit) {
        return new PublishedAnswerQuery(null, null, null, null, limit);
    }
}
