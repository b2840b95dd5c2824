package vn.pcitracker.dialogue.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;

class DialogueViewNotFoundTest extends ViewTestBase {

    @Test
    void anUnknownSessionIdShowsNotFound() {
        signInAs("investment");

        assertThatThrownBy(() -> UI.getCurrent().navigate(DialogueView.class,
                new RouteParameters(DialogueView.ID, String.valueOf(Long.MAX_VALUE))))
                .hasMessageContaining("Không tìm thấy phiên đối thoại");
    }
}
