package vn.pcitracker.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.security.ActiveSession;
import vn.pcitracker.security.TestLogins;

class SessionListViewTest extends ViewTestBase {

    @Autowired ApplicationContext context;

    private MockHttpSession leaderSession;

    @BeforeEach
    void aLeaderIsSignedInElsewhere() {
        leaderSession = TestLogins.signedInSession(context, "leader", "10.4.4.4");
        signInAs("admin");
    }

    @Test
    void theAdministratorSeesWhoIsSignedInWithRoleAndAddress() {
        SessionListView view = navigateTo(SessionListView.class);

        assertThat(rows(grid(view))).anySatisfy(row -> {
            assertThat(row.username()).isEqualTo("leader");
            assertThat(row.address()).isEqualTo("10.4.4.4");
        });
        assertThat(grid(view).getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Tên đăng nhập", "Vai trò", "Đăng nhập lúc", "Hoạt động gần nhất", "Địa chỉ");
    }

    @Test
    void endingASessionAsksFirstThenEndsItAndTheRowGoes() {
        SessionListView view = navigateTo(SessionListView.class);
        int before = rows(grid(view)).size();
        ActiveSession leader = rows(grid(view)).stream().filter(s -> s.address().equals("10.4.4.4")).findFirst().orElseThrow();

        _click(endButtonOf(view, leader));
        assertThat(leaderSession.isInvalid()).as("nothing ends before the confirmation").isFalse();
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(leaderSession.isInvalid()).isTrue();
        assertThat(rows(grid(view))).hasSize(before - 1).noneMatch(s -> s.handle().equals(leader.handle()));
    }

    @Test
    void inEnglishTheColumnsAndTheButtonSpeakEnglish() {
        reloadIn(Locale.ENGLISH);
        SessionListView view = navigateTo(SessionListView.class);

        assertThat(grid(view).getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Username", "Role", "Signed in at", "Last request", "Address");
        assertThat(((Button) GridKt._getCellComponent(grid(view), 0, "end")).getText()).isEqualTo("End session");
    }

    private Button endButtonOf(SessionListView view, ActiveSession session) {
        int index = rows(grid(view)).indexOf(session);
        return (Button) GridKt._getCellComponent(grid(view), index, "end");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ActiveSession> grid(SessionListView view) {
        return _get(view, Grid.class);
    }
}
