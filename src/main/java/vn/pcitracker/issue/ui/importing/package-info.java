/**
 * The recommendations import as other modules' views open it: from the inbox, and from a dialogue session's page
 * (the dialogue module). Published as the named interface {@code importing} so that {@code dialogue.ui} may use
 * {@link vn.pcitracker.issue.ui.importing.IssueImportLauncher}.
 */
@NamedInterface("importing")
package vn.pcitracker.issue.ui.importing;

import org.springframework.modulith.NamedInterface;
