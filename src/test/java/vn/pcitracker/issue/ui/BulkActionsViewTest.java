package vn.pcitracker.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.issue.IssueState;
import vn.pcitracker.organization.AgencySummary;

/** An investment officer assigns several recommendations at once from the inbox. */
class BulkActionsViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;
    @Autowired IssueService issues;

    @Test
    @SuppressWarnings("unchecked")
    void assigningTheSelectedRecommendationsGivesEachTheSameLeadAgency() {
        String tag = IssueFixtures.unique();
        IssueDetails first = new IssueFixtures(context).received("Giao hàng loạt một " + tag);
        IssueDetails second = new IssueFixtures(context).received("Giao hàng loạt hai " + tag);
        signInAs("investment");
        IssueInboxView view = navigateTo(IssueInboxView.class);
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo mã, tiêu đề, nội dung")), tag);
        IssueGrid grid = _get(view, IssueGrid.class);
        List<IssueListItem> found = rows(grid);
        assertThat(found).hasSize(2);
        found.forEach(grid::select);

        _click(_get(view, Button.class, spec -> spec.withText("Giao xử lý các mục đã chọn")));
        BulkAssignDialog dialog = _get(BulkAssignDialog.class);
        ComboBox<AgencySummary> lead = _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị chủ trì"));
        _setValue(lead, lead.getListDataView().getItems().filter(a -> a.code().equals("S-XD")).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Giao xử lý")));

        for (IssueDetails issue : Set.of(first, second)) {
            IssueDetails after = issues.find(issue.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(IssueState.ASSIGNED);
            assertThat(after.leadAgencyId()).isEqualTo(lead.getValue().id());
            assertThat(after.deadline()).isNotNull();
        }
    }
}
