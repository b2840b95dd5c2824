package vn.pcitracker.referencedata.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.referencedata.LoadResult;

class ReferenceDataViewTest extends ViewTestBase {

    @Test
    void reloadingUnchangedFilesAfterConfirmationListsEveryDataSetWithNothingInserted() {
        signInAs("admin");
        ReferenceDataView view = navigateTo(ReferenceDataView.class);
        _assertNone(view, Grid.class);

        _click(_get(view, Button.class, spec -> spec.withText("Nạp lại dữ liệu tham chiếu")));
        _fireConfirm(_get(ConfirmDialog.class));

        @SuppressWarnings("unchecked")
        Grid<LoadResult> results = _get(view, Grid.class);
        assertThat(rows(results)).extracting(LoadResult::dataSet)
                .contains("agencies", "associations", "calendar_days", "demo accounts", "demo enterprises");
        assertThat(rows(results)).allSatisfy(result -> assertThat(result.inserted()).as(result.dataSet()).isZero());
        NotificationsKt.expectNotifications("Đã nạp lại dữ liệu tham chiếu");
    }
}
