package vn.pcitracker.commitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.organization.AgencySummary;

class CommitmentFormViewTest extends ViewTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void anInvestmentOfficerRecordsADivisionCommitmentAfterCorrectingWhatTheFormRefuses() {
        signInAs("investment");
        CommitmentFormView view = navigateTo(CommitmentFormView.class);
        String title = "Giao ước Sở Xây dựng với các phòng " + UUID.randomUUID();
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Tên giao ước")), title);
        ComboBox<AgencySummary> signer = _get(view, ComboBox.class, spec -> spec.withLabel("Cơ quan ký (lãnh đạo)"));
        _setValue(signer, signer.getListDataView().getItems().filter(a -> a.code().equals("S-XD")).findFirst().orElseThrow());
        TextField signerTitle = _get(view, TextField.class, spec -> spec.withLabel("Chức danh người ký"));
        _setValue(_get(view, TextArea.class, spec -> spec.withLabel("Các phòng, đơn vị thuộc cơ quan")),
                "Phòng Quản lý xây dựng\nPhòng Hạ tầng kỹ thuật");
        CriterionRow row = _get(view, CriterionRow.class);
        _setValue(_get(row, TextField.class, spec -> spec.withLabel("Tiêu chí (đo cái gì)")), "Số ngày cấp giấy phép xây dựng");
        _setValue(_get(row, TextField.class, spec -> spec.withLabel("Đơn vị tính")), "ngày");
        _setValue(_get(row, TextField.class, spec -> spec.withLabel("Mức cơ sở")), "15");
        TextField target = _get(row, TextField.class, spec -> spec.withLabel("Mục tiêu"));
        _setValue(target, "1,2,3");
        IntegerField weight = _get(row, IntegerField.class, spec -> spec.withLabel("Trọng số"));
        _setValue(weight, 90);

        _click(_get(view, Button.class, spec -> spec.withText("Lưu giao ước")));
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Không phải là số (dùng dấu phẩy cho phần thập phân)");

        _setValue(target, "7,5");
        _click(_get(view, Button.class, spec -> spec.withText("Lưu giao ước")));
        assertThat(signerTitle.isInvalid()).isTrue();
        assertThat(signerTitle.getErrorMessage()).isEqualTo("Bắt buộc nhập");
        assertThat(_get(view, Span.class, spec -> spec.withClasses("weight-total")).getText()).isEqualTo("Tổng trọng số: 90 / 100");

        _setValue(signerTitle, "Giám đốc Sở");
        _setValue(weight, 100);
        _click(_get(view, Button.class, spec -> spec.withText("Lưu giao ước")));

        CommitmentView page = _get(CommitmentView.class);
        assertThat(_get(page, H2.class, spec -> spec.withClasses("commitment-title")).getText()).isEqualTo(title);
    }
}
