package vn.pcitracker.licensing.bottleneck.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckDetails;

class BottleneckViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;

    @Test
    void theInvestmentOfficerIsOfferedEditEvidenceStartAndDropOnANewBottleneck() {
        BottleneckDetails b = new BottleneckFixtures(context).recorded("S-XD", "Trang chi tiết " + BottleneckFixtures.unique(),
                BottleneckCause.MISSING_DOCUMENTS, false);
        signInAs("investment");

        assertThat(actions(open(b))).containsExactly("EDIT", "ADD_EVIDENCE", "START_ANALYSIS", "DROP");
    }

    @Test
    void theAgencyOfficerStartsTheAnalysisThroughItsDialogAndTheHistoryShowsTheMove() {
        BottleneckDetails b = new BottleneckFixtures(context).recorded("S-XD", "Phân tích " + BottleneckFixtures.unique(),
                BottleneckCause.MISSING_DOCUMENTS, false);
        signInAs("agency");
        BottleneckView view = open(b);
        assertThat(actions(view)).containsExactly("EDIT", "ADD_EVIDENCE", "START_ANALYSIS");

        _click(_get(view, Button.class, spec -> spec.withAttribute("data-action", "START_ANALYSIS")));
        BottleneckActionDialog dialog = _get(BottleneckActionDialog.class);
        _setValue(_get(dialog, TextArea.class), "Giao phòng Quản lý xây dựng rà soát");
        _click(_get(dialog, Button.class, spec -> spec.withClasses("bottleneck-action-confirm")));

        BottleneckView shown = _get(BottleneckView.class);
        assertThat(_find(shown, ListItem.class, spec -> spec.withClasses("timeline-entry")))
                .extracting(item -> item.getElement().getAttribute("data-action")).containsExactly("CREATE", "START_ANALYSIS");
        assertThat(shown.getElement().getTextRecursively()).contains("Đang phân tích", "Giao phòng Quản lý xây dựng rà soát");
    }

    @Test
    void droppingAsksForConfirmationBeforeItHappens() {
        BottleneckDetails b = new BottleneckFixtures(context).recorded("S-XD", "Loại bỏ " + BottleneckFixtures.unique(),
                BottleneckCause.LEGAL_INCONSISTENCY, false);
        signInAs("investment");
        BottleneckView view = open(b);

        _click(_get(view, Button.class, spec -> spec.withAttribute("data-action", "DROP")));
        BottleneckActionDialog dialog = _get(BottleneckActionDialog.class);
        _setValue(_get(dialog, TextArea.class), "Đã được xử lý trong điểm nghẽn khác");
        _click(_get(dialog, Button.class, spec -> spec.withClasses("bottleneck-action-confirm")));
        assertThat(_get(BottleneckView.class).getElement().getTextRecursively()).doesNotContain("Đã loại bỏ");

        _click(_get(Button.class, spec -> spec.withClasses("bottleneck-confirm-yes")));

        assertThat(_get(BottleneckView.class).getElement().getTextRecursively()).contains("Đã loại bỏ",
                "Đã được xử lý trong điểm nghẽn khác");
    }

    @Test
    void leadersReadWithoutButtonsAndOfficersOfAnotherAgencySeeNotFound() {
        String title = "Chỉ đọc " + BottleneckFixtures.unique();
        BottleneckDetails b = new BottleneckFixtures(context).recorded("S-TC", title, BottleneckCause.IT_OR_E_WORKFLOW, false);

        signInAs("leader");
        BottleneckView view = open(b);
        assertThat(view.getElement().getTextRecursively()).contains(title, b.code(), "LDT-2020-PL4 · 4");
        assertThat(actions(view)).isEmpty();

        signInAs("agency");
        BottleneckView hidden = open(b);
        assertThat(_get(hidden, H2.class).getText()).isEqualTo("Không tìm thấy điểm nghẽn");
        assertThat(hidden.getElement().getOuterHTML()).doesNotContain(title);
    }

    private static BottleneckView open(BottleneckDetails b) {
        UI.getCurrent().navigate("bottlenecks/" + b.id());
        return _get(BottleneckView.class);
    }

    private static List<String> actions(BottleneckView view) {
        return _find(view, Button.class, spec -> spec.withPredicate(button -> button.getElement().hasAttribute("data-action")))
                .stream().map(button -> button.getElement().getAttribute("data-action")).toList();
    }
}
