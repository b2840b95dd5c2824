package vn.pcitracker.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
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
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.AccountSummary;
import vn.pcitracker.shared.export.ExportFiles;

class AccountListViewTest extends ViewTestBase {

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private AccountListView view;

    @BeforeEach
    void openAsAdministrator() {
        signInAs("admin");
        view = navigateTo(AccountListView.class);
    }

    @Test
    void anAdministratorSeesTheFiveDemoAccounts() {
        assertThat(usernames()).contains("admin", "investment", "agency", "association", "leader");
    }

    @Test
    void searchingWithoutDiacriticsFindsTheAccountByItsVietnameseName() {
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder("Tìm theo tên đăng nhập, họ tên, thư điện tử")),
                "nguyen thu");

        assertThat(rows(grid())).extracting(AccountSummary::displayName).containsExactly("Nguyễn Thu Hà – Sở Tài chính (demo)");
    }

    @Test
    void aTooShortPasswordIsShownOnThePasswordFieldAndNothingIsCreated() {
        String username = uniqueUsername();
        AccountDialog dialog = openNewAccountDialog(username, "ngan-qua");

        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel("Mật khẩu"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 12 ký tự");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.search(username)).isEmpty();
        assertThat(usernames()).doesNotContain(username);
    }

    @Test
    void aValidNewAccountAppearsAsANewRow() {
        int before = rows(grid()).size();
        String username = uniqueUsername();
        AccountDialog dialog = openNewAccountDialog(username, "mot-mat-khau-du-dai-2026");

        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(grid())).hasSize(before + 1);
        assertThat(usernames()).contains(username);
    }

    @Test
    void theExcelFileHoldsTheAccountsOfTheSearchWithTheirCreationDateAndNoPasswordHash() {
        String username = uniqueUsername();
        _click(_get(openNewAccountDialog(username, "mot-mat-khau-du-dai-2026"), Button.class, spec -> spec.withText("Lưu")));
        _setValue(_get(view, TextField.class), username);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).containsExactly("Tên đăng nhập", "Họ tên", "Thư điện tử", "Vai trò",
                "Cơ quan / hiệp hội", "Ngôn ngữ", "Trạng thái", "Ngày tạo", "Tài khoản demo");
        assertThat(ExportFiles.values(rows, "Tên đăng nhập")).containsExactly(username);
        assertThat(ExportFiles.dateCell(rows.get(1), ExportFiles.column(rows, "Ngày tạo")))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        assertThat(ExportFiles.texts(rows.get(1))).isNotEmpty().noneMatch(text -> text.contains(hash));
    }

    @Test
    void theCsvInEnglishLeavesOutAccountsOutsideTheSearch() {
        reloadIn(Locale.ENGLISH);
        view = navigateTo(AccountListView.class);
        _setValue(_get(view, TextField.class), "nguyen thu");

        List<List<String>> csv = ExportFiles.csv(view::export);

        assertThat(csv.getFirst()).startsWith("Username", "Full name", "E-mail", "Role");
        assertThat(csv.subList(1, csv.size())).extracting(record -> record.get(1))
                .containsExactly("Nguyễn Thu Hà – Sở Tài chính (demo)");
        assertThat(csv.get(1)).contains("investment", "Investment officer", "Vietnamese", "Active", "Yes");
    }

    private AccountDialog openNewAccountDialog(String username, String password) {
        _click(_get(view, Button.class, spec -> spec.withText("Thêm tài khoản")));
        AccountDialog dialog = _get(AccountDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Tên đăng nhập")), username);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Họ tên")), "Đỗ Thị Kiểm Thử");
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel("Mật khẩu")), password);
        return dialog;
    }

    private static String uniqueUsername() {
        return "view-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return _get(view, Grid.class);
    }

    private List<String> usernames() {
        return rows(grid()).stream().map(AccountSummary::username).toList();
    }
}
