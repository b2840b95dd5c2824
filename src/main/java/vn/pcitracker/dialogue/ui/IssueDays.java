package vn.pcitracker.dialogue.ui;

import com.vaadin.flow.component.Component;
import vn.pcitracker.issue.IssueListItem;

/** "n working days left" or "overdue by n working days"; nothing while no deadline runs. */
final class IssueDays {

    private static final String KEY = "dialogue.IssueDays.";

    private IssueDays() {
    }

    static String left(Component owner, IssueListItem issue) {
        Integer days = issue.workingDaysLeft();
        if (days == null) {
            return "";
        }
        return issue.overdue() || days < 0
                ? owner.getTranslation(KEY + "overdue", Math.abs(days))
                : owner.getTranslation(KEY + "left", days);
    }
}
