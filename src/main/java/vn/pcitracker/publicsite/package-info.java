/**
 * The public results page at {@code /public}, open without an account: answered recommendations the submitter
 * agreed to publish, with search, filters and per-agency figures, and a shareable page per answer
 * ({@code /public/<code>}). Reads only {@link vn.pcitracker.issue.PublicResultsService}, which cannot return
 * anything private. Uses issue, security (the language chosen before login) and shared; nothing depends on it.
 */
@ApplicationModule
package vn.pcitracker.publicsite;

import org.springframework.modulith.ApplicationModule;
