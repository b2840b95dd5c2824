package vn.pcitracker.commitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentDetails.CheckInEntry;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

class CommitmentViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;

    private CommitmentView open(CommitmentDetails commitment) {
        UI.getCurrent().navigate(CommitmentView.class, new RouteParameters("id", String.valueOf(commitment.id())));
        return _get(CommitmentView.class);
    }

    @Test
    void thePageShowsTheFormulaTheCriteriaAndWarnsOfATargetBelowItsBaseline() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("leader");

        CommitmentView view = open(commitment);

        assertThat(_get(view, H2.class, spec -> spec.withClasses("commitment-title")).getText()).isEqualTo(commitment.title());
        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("commitment-formula")).getText())
                .startsWith("Cách tính: mức đạt của một tiêu chí = (giá trị mới nhất − mức cơ sở) ÷ (mục tiêu − mức cơ sở)");
        assertThat(_get(view, com.vaadin.flow.component.badge.Badge.class, spec -> spec.withClasses("gaming-flag")).getText())
                .isEqualTo("Mục tiêu không cao hơn mức cơ sở");
        assertThat(textOf(view)).contains("Tiêu chí „Tỷ lệ doanh nghiệp hài lòng“: mục tiêu 85 không tốt hơn mức cơ sở 90");
        assertThat(_find(view, Button.class, spec -> spec.withText("Báo cáo quý"))).isEmpty();
        assertThat(_find(view, Button.class, spec -> spec.withText("Sửa"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCheckInDialogShowsTheRefusalsOnItsFieldsThenRecordsTheCheckInAndOffersEvidence() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("agency");
        CommitmentView view = open(commitment);

        _click(_get(view, Button.class, spec -> spec.withText("Báo cáo quý")));
        CheckInDialog dialog = _get(CheckInDialog.class);
        ComboBox<CommitmentDetails.Unit> unit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        assertThat(unit.getListDataView().getItems().toList()).hasSize(1);
        ComboBox<CommitmentDetails.CriterionView> criterion = _get(dialog, ComboBox.class, spec -> spec.withLabel("Tiêu chí"));
        _setValue(criterion, commitment.criteria().getFirst());
        TextField value = _get(dialog, TextField.class, spec -> spec.withLabel("Giá trị đạt được"));
        ComboBox<CheckInStatus> status = _get(dialog, ComboBox.class, spec -> spec.withLabel("Tình trạng"));
        _setValue(value, "120");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu báo cáo")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(status.isInvalid()).isTrue();
        assertThat(status.getErrorMessage()).isEqualTo("Bắt buộc nhập");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Tỷ lệ phần trăm không vượt quá 100");

        _setValue(value, "89,5");
        _setValue(status, CheckInStatus.ON_TRACK);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Ghi chú, minh chứng")), "Đạt 89,5% trong quý");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu báo cáo")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(EvidenceDialog.class)).hasSize(1);
        Grid<CheckInEntry> history = _get(view, CheckInHistory.class);
        assertThat(rows(history)).extracting(e -> e.value().toPlainString(), CheckInEntry::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("89.5", "Đạt 89,5% trong quý"));
        // S-XD: 60 × (89.5 − 80) ÷ (95 − 80) = 60 × 0.6333 = 38; S-CT: 0; mean 19.
        assertThat(textOf(view)).contains("Điểm giao ước: 19,0 / 100");
    }

    @Test
    void anInvestmentOfficerRetiresACommitmentAfterBeingToldItsHistoryIsKept() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("investment");
        CommitmentView view = open(commitment);

        _click(_get(view, Button.class, spec -> spec.withText("Lưu trữ")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .contains(commitment.title()).contains("vẫn được giữ lại làm lịch sử; không có gì bị xóa");
        _fireConfirm(confirm);

        NotificationsKt.expectNotifications("Đã lưu trữ giao ước; lịch sử vẫn được giữ lại");
        assertThat(_find(CommitmentListView.class)).hasSize(1);
        assertThat(context.getBean(CommitmentService.class).find(commitment.id())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckInOnAPageLeftOpenWhileTheCommitmentWasRetiredIsRefusedWithAClearMessage() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        signInAs("agency");
        CommitmentView view = open(commitment);
        _click(_get(view, Button.class, spec -> spec.withText("Báo cáo quý")));
        CheckInDialog dialog = _get(CheckInDialog.class);
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Tiêu chí")), commitment.criteria().getFirst());
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Giá trị đạt được")), "90");
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Tình trạng")), CheckInStatus.ON_TRACK);
        TestLogins.signIn(context, "investment");
        context.getBean(CommitmentService.class).retire(commitment.id(), commitment.version());
        signInAs("agency");

        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu báo cáo")));

        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications("Giao ước này đã được lưu trữ, không nhận báo cáo quý mới. Hãy tải lại trang.");
    }

    @Test
    void anOfficerOfAnAgencyOutsideTheCommitmentSeesNotFound() {
        CommitmentDetails commitment = CommitmentViewFixtures.groupWithDemoAgency(context);
        TestLogins.signIn(context, "admin");
        AccountService accounts = context.getBean(AccountService.class);
        if (accounts.search("commitment-test-stc").isEmpty()) {
            accounts.create(new AccountForm("commitment-test-stc", "Cán bộ Sở Tài chính (thử)", null, Role.AGENCY_OFFICER,
                    context.getBean(AgencyService.class).findByCode("S-TC").orElseThrow().id(), null), "mot-mat-khau-dai-2026");
        }
        signInAs("commitment-test-stc");

        CommitmentView view = open(commitment);

        assertThat(_get(view, H2.class).getText()).isEqualTo("Không tìm thấy giao ước");
    }

    private static String textOf(com.vaadin.flow.component.Component root) {
        StringBuilder text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private static void collect(com.vaadin.flow.component.Component component, StringBuilder text) {
        if (component instanceof com.vaadin.flow.component.HasText hasText) {
            text.append(hasText.getText()).append('\n');
        }
        component.getChildren().forEach(child -> collect(child, text));
    }

}
