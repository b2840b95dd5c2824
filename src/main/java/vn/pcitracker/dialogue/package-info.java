/**
 * Business dialogue sessions (đối thoại doanh nghiệp), where firms and associations raise recommendations:
 * monthly, annual city-level, thematic, online and commune-level sessions with their date, place, host agency,
 * chair, participating associations, firms attending and minutes. Owns the tables {@code dialogue_session} and
 * {@code dialogue_session_association} and the demo sessions. Sessions are never deleted. Implements
 * {@link vn.pcitracker.issue.DialogueDirectory} so that the issue module can show sessions without depending
 * on this module; the session page lists its recommendations and carries open ones over through the issue
 * module's services. Uses organization, issue, security and referencedata.
 */
@ApplicationModule
package vn.pcitracker.dialogue;

import org.springframework.modulith.ApplicationModule;
