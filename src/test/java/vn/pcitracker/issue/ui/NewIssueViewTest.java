package vn.pcitracker.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.IssueChannel;

class NewIssueViewTest extends ViewTestBase {

    @Test
    void anOfficerCannotClaimARecommendationCameThroughThePartnerApi() {
        signInAs("investment");
        NewIssueView view = navigateTo(NewIssueView.class);

        @SuppressWarnings("unchecked")
        List<Object> channels = _find(view, ComboBox.class).stream()
                .map(box -> (List<Object>) box.getListDataView().getItems().toList())
                .filter(items -> !items.isEmpty() && items.getFirst() instanceof IssueChannel)
                .findFirst().orElseThrow();

        assertThat(channels).contains(IssueChannel.DIALOGUE, IssueChannel.HOTLINE, IssueChannel.ASSOCIATION_PORTAL)
                .doesNotContain(IssueChannel.PARTNER_API);
    }
}
