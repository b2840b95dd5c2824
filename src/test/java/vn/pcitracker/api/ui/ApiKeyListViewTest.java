package vn.pcitracker.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.api.ApiKeyHash;
import vn.pcitracker.api.ApiKeySummary;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.shared.export.ExportFiles;

class ApiKeyListViewTest extends ViewTestBase {

    @Autowired JdbcTemplate jdbc;

    private ApiKeyListView view;

    @BeforeEach
    void openAsAdministrator() {
        signInAs("admin");
        view = navigateTo(ApiKeyListView.class);
    }

    @Test
    void anIssuedKeyIsShownOnceAndOnlyItsHashIsStored() {
        String label = "Cổng thử " + UUID.randomUUID();
        IssueApiKeyDialog dialog = openIssueDialog(label);

        _click(_get(dialog, Button.class, spec -> spec.withText("Cấp khóa")));

        String secret = _get(dialog, TextField.class, spec -> spec.withLabel("Khóa API")).getValue();
        assertThat(secret).startsWith("pci_");
        assertThat(jdbc.queryForObject("SELECT key_hash FROM api_key WHERE label = ?", String.class, label))
                .isEqualTo(ApiKeyHash.of(secret));
        _click(_get(dialog, Button.class, spec -> spec.withText("Đã sao chép, đóng")));
        assertThat(dialog.isOpened()).isFalse();
        ApiKeySummary row = rows(grid()).stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow();
        assertThat(secret).startsWith(row.keyPrefix());
        assertThat(row.revoked()).isFalse();
    }

    @Test
    void aKeyWithoutLabelOrHolderIsRefusedOnItsFields() {
        _click(_get(view, Button.class, spec -> spec.withText("Cấp khóa")));
        IssueApiKeyDialog dialog = _get(IssueApiKeyDialog.class);

        _click(_get(dialog, Button.class, spec -> spec.withText("Cấp khóa")));

        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Tên gợi nhớ")).isInvalid()).isTrue();
        assertThat(_get(dialog, ComboBox.class, spec -> spec.withLabel("Hiệp hội")).getErrorMessage())
                .isEqualTo("Chọn một hiệp hội hoặc nhập tên kênh (chỉ một trong hai)");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void revokingAsksForConfirmationThenMarksTheKeyRevoked() {
        String label = "Thu hồi thử " + UUID.randomUUID();
        IssueApiKeyDialog dialog = openIssueDialog(label);
        _click(_get(dialog, Button.class, spec -> spec.withText("Cấp khóa")));
        _click(_get(dialog, Button.class, spec -> spec.withText("Đã sao chép, đóng")));
        int row = rows(grid()).indexOf(rows(grid()).stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow());

        Button revoke = (Button) GridKt._getCellComponent(grid(), row, "actions");
        _click(revoke);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Thu hồi khóa „" + label + "“?");
        assertThat(jdbc.queryForObject("SELECT revoked_at IS NULL FROM api_key WHERE label = ?", Boolean.class, label)).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(rows(grid()).stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow().revoked()).isTrue();
        assertThat(jdbc.queryForObject("SELECT revoked_by FROM api_key WHERE label = ?", String.class, label)).isEqualTo("admin");
    }

    @Test
    void theExcelFileListsTheKeyWithItsIssueDateButNeitherTheKeyNorItsHash() {
        String label = "Xuất tệp khóa " + UUID.randomUUID();
        IssueApiKeyDialog dialog = openIssueDialog(label);
        _click(_get(dialog, Button.class, spec -> spec.withText("Cấp khóa")));
        String secret = _get(dialog, TextField.class, spec -> spec.withLabel("Khóa API")).getValue();
        _click(_get(dialog, Button.class, spec -> spec.withText("Đã sao chép, đóng")));

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Tên gợi nhớ", "Hiệp hội", "Kênh", "Đầu khóa",
                "Lượt gọi mỗi phút", "Ngày cấp", "Người cấp", "Ngày thu hồi", "Người thu hồi", "Trạng thái");
        Row row = ExportFiles.rowWith(rows, "Tên gợi nhớ", label);
        assertThat(ExportFiles.dateCell(row, 5)).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(ExportFiles.texts(row)).contains("admin", "Đang dùng");
        assertThat(secret).startsWith(row.getCellText(3));
        String hash = ApiKeyHash.of(secret);
        assertThat(rows).allSatisfy(r -> assertThat(ExportFiles.texts(r)).noneMatch(t -> t.contains(secret) || t.contains(hash)));
        assertThat(ExportFiles.csv(view::export)).isNotEmpty()
                .allSatisfy(record -> assertThat(record).noneMatch(t -> t.contains(secret) || t.contains(hash)));
    }

    @Test
    void theCsvInEnglishHasEnglishHeaders() {
        reloadIn(Locale.ENGLISH);
        view = navigateTo(ApiKeyListView.class);

        assertThat(ExportFiles.csv(view::export).getFirst()).containsExactly("Label", "Association", "Channel",
                "Key prefix", "Calls per minute", "Issued on", "Issued by", "Revoked on", "Revoked by", "Status");
    }

    @SuppressWarnings("unchecked")
    private IssueApiKeyDialog openIssueDialog(String label) {
        _click(_get(view, Button.class, spec -> spec.withText("Cấp khóa")));
        IssueApiKeyDialog dialog = _get(IssueApiKeyDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Tên gợi nhớ")), label);
        ComboBox<AssociationSummary> association = _get(dialog, ComboBox.class, spec -> spec.withLabel("Hiệp hội"));
        _setValue(association, association.getListDataView().getItems().findFirst().orElseThrow());
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiKeySummary> grid() {
        return _get(view, Grid.class);
    }
}
