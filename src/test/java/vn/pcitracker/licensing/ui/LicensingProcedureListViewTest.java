package vn.pcitracker.licensing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.organization.AgencySummary;

class LicensingProcedureListViewTest extends ViewTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void reducedDaysAboveTheStatutoryOnesAreShownOnTheFieldThenTheCorrectedProcedureIsListed() {
        signInAs("investment");
        LicensingProcedureListView view = navigateTo(LicensingProcedureListView.class);
        String code = "TT-" + UUID.randomUUID().toString().substring(0, 8);

        _click(_get(view, Button.class, spec -> spec.withText("Thêm thủ tục")));
        ProcedureFormDialog dialog = _get(ProcedureFormDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Mã thủ tục (CSDL quốc gia về TTHC)")), code);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Tên thủ tục")), "Cấp phép thử " + code);
        ComboBox<AgencySummary> agency = _get(dialog, ComboBox.class, spec -> spec.withLabel("Cơ quan cấp phép"));
        _setValue(agency, agency.getListDataView().getItems().filter(a -> a.code().equals("S-XD")).findFirst().orElseThrow());
        MultiSelectComboBox<ConditionalLineSummary> lines = _get(dialog, MultiSelectComboBox.class);
        _setValue(lines, Set.of(lines.getListDataView().getItems().filter(line -> line.number() == 7
                && line.legalBasisCode().equals("LDT-2020-PL4")).findFirst().orElseThrow()));
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Thời hạn theo quy định (ngày)")), 10);
        IntegerField reduced = _get(dialog, IntegerField.class, spec -> spec.withLabel("Thời hạn cắt giảm của thành phố (ngày)"));
        _setValue(reduced, 12);
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(reduced.isInvalid()).isTrue();
        assertThat(reduced.getErrorMessage()).isEqualTo("Thời hạn cắt giảm không được dài hơn thời hạn theo quy định");

        _setValue(reduced, 5);
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertThat(dialog.isOpened()).isFalse();
        Grid<LicensingProcedureSummary> grid = _get(view, Grid.class);
        assertThat(rows(grid)).filteredOn(p -> p.code().equals(code))
                .extracting(LicensingProcedureSummary::reducedDays).containsExactly(5);
    }

    @Test
    void aLeaderSeesProceduresButNoButtonToAddOne() {
        signInAs("leader");
        LicensingProcedureListView view = navigateTo(LicensingProcedureListView.class);

        assertThat(_find(view, Button.class, spec -> spec.withText("Thêm thủ tục")))
                .allSatisfy(button -> assertThat(button.isVisible()).isFalse());
    }
}
