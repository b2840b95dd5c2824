package vn.pcitracker.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.pcitracker.ViewTestBase;

/** What a form tells its user when the save fails for reasons other than a broken rule. */
class FormFeedbackViewTest extends ViewTestBase {

    @Test
    void aSaveWhileTheDatabaseIsUnreachableIsRefusedInPlainWordsAndTheFormStaysOpen() {
        signInAs("investment");
        Div form = new Div();
        UI.getCurrent().add(form);

        boolean saved = new FormFeedback(form).attempt(() -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        });

        assertThat(saved).isFalse();
        NotificationsKt.expectNotifications("Tạm thời không kết nối được cơ sở dữ liệu; dữ liệu chưa được lưu. Nội dung bạn "
                + "nhập vẫn còn trên màn hình: xin đợi ít phút rồi bấm lưu lại.");
    }

    @Test
    void anyOtherFailureIsLeftToTheApplicationsErrorHandler() {
        signInAs("investment");
        Div form = new Div();
        UI.getCurrent().add(form);

        assertThatThrownBy(() -> new FormFeedback(form).attempt(() -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        NotificationsKt.expectNoNotifications();
    }
}
