package vn.pcitracker.dashboard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import java.util.List;
import vn.pcitracker.issue.DashboardMeasure;

/**
 * "How is this computed?": every figure's formula. The recommendation measures' texts are the issue module's own
 * (written next to their SQL); the others are this module's, repeating the definitions in the services' Javadoc.
 */
final class DashboardHelp {

    /** The dashboard's own figures, each with {@code dashboard.DashboardHelp.<NAME>} and {@code ...<NAME>.formula}. */
    static final List<String> OWN_FIGURES = List.of("GAP", "LINKED_RECOMMENDATIONS", "LINKED_BOTTLENECKS",
            "LINKED_CRITERIA", "RECEIVED", "BOTTLENECK_DAYS", "DAYS_SAVED", "COMMITMENT_SCORE", "FLAGS", "PERIOD");

    private final Section section;

    DashboardHelp(Section section) {
        this.section = section;
    }

    Details panel() {
        DescriptionList list = new DescriptionList();
        for (DashboardMeasure measure : DashboardMeasure.values()) {
            list.add(new Term(section.label(measure.labelKey())), new Description(section.label(measure.formulaKey())));
        }
        for (String figure : OWN_FIGURES) {
            list.add(new Term(section.text("dashboard.DashboardHelp." + figure)),
                    new Description(section.text("dashboard.DashboardHelp." + figure + ".formula")));
        }
        Details details = new Details(section.text("dashboard.DashboardHelp.summary"), list);
        details.addClassName("dashboard-help");
        return details;
    }
}
