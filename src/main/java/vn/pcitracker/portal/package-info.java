/**
 * The associations' portal: a representative files a concern for their association (from a phone as from a
 * desk), is shown similar open recommendations while typing and may back one instead of filing a duplicate,
 * and follows their association's submissions ("my submissions"), rating an answer once it comes. Views only:
 * the commands, checks and queries are the issue module's ({@link vn.pcitracker.issue.IssueService#submit},
 * {@link vn.pcitracker.issue.IssueService#back}, {@link vn.pcitracker.issue.AssociationIssueService}). Uses issue,
 * attachment (the attachments panel) and shared; nothing depends on it.
 */
@ApplicationModule
package vn.pcitracker.portal;

import org.springframework.modulith.ApplicationModule;
