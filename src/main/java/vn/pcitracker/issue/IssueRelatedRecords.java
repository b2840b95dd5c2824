package vn.pcitracker.issue;

import java.util.List;

/**
 * Records of other modules that concern a recommendation (for example licensing bottlenecks), shown as one small
 * section of its page with links and actions. Implemented by those modules, so that the dependency runs one way:
 * they use issue, issue does not know them. Everything returned is already limited to the current user.
 */
public interface IssueRelatedRecords {

    /** A link to show: its text as given (a code and a title), and the route it opens. */
    record Link(String text, String route) {
    }

    /** The translation key of the section's heading. */
    String sectionTitleKey();

    /** The linked records the current user may see. */
    List<Link> related(IssueDetails issue);

    /** What the current user may do from the issue; here the text is a translation key. */
    List<Link> actions(IssueDetails issue);
}
