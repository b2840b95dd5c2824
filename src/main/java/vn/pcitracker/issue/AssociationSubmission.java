package vn.pcitracker.issue;

import java.util.List;

/**
 * A concern an association representative files through the portal, for their own association. {@code taxCodes}
 * are the member firms it concerns (optional; each must be a registered enterprise); {@code mayPublish} is the
 * association's consent to show the question and its answer on the public results page.
 */
public record AssociationSubmission(String title, String content, long fieldId, List<String> taxCodes,
                                    boolean mayPublish) {
}
