package vn.pcitracker.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.AccountSummary;

class AccountListViewTest extends ViewTestBase {

    @Autowired AccountService accounts;

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
