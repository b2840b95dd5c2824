/**
 * Recommendations (kiến nghị): intake, classification, routing to a lead agency with coordinators, deadlines
 * in working days, answers, the submitter's feedback, carry-over between dialogue sessions, and the full
 * history of each. Owns who may see and do what with an issue, the inbox queries, and the measures the
 * dashboard reports (on-time rate, working days to answer, Decision 766 satisfaction, reopen rate). Uses
 * organization, indicator (DDCI components), calendar, security and referencedata; reads dialogue sessions
 * through {@link vn.pcitracker.issue.DialogueDirectory}, which the dialogue module implements.
 */
@ApplicationModule
package vn.pcitracker.issue;

import org.springframework.modulith.ApplicationModule;
