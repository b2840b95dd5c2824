package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.ImportTestFiles;
import vn.pcitracker.ImportWizards;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.ResultImportRow;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ui.ImportWizard;
import vn.pcitracker.shared.ui.echarts.ECharts;
import vn.pcitracker.shared.ui.echarts.LineSeries;

/** Imports a province of its own ("dong-thap-view-test") and removes it afterwards. */
class PciResultImportViewTest extends ViewTestBase {

    private static final String HEADER = "province_code,province_name_vi,province_name_en,year,composite,rank,source_url";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheImportedProvince() {
        jdbc.update("DELETE FROM pci_result WHERE province_id IN (SELECT id FROM province WHERE code = 'dong-thap-view-test')");
        jdbc.update("DELETE FROM province WHERE code = 'dong-thap-view-test'");
    }

    @Test
    void aBadFileShowsEachProblemInVietnameseAndCannotBeConfirmed() {
        signInAs("investment");
        PciResultImportView view = navigateTo(PciResultImportView.class);
        ImportWizard<ResultImportRow> wizard = view.openImport();

        wizard.receive(ImportTestFiles.csv(HEADER, "dong-thap-view-test,,,2024,70.35,0,"), "pci.csv");

        assertThat(wizard.check().problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "province_name_vi"), tuple(2, "rank"));
        assertThat(_get(wizard, Paragraph.class, spec -> spec.withClasses("import-summary")).getText())
                .isEqualTo("0 dòng hợp lệ, 1 dòng có lỗi");
        assertThat(_get(wizard, Button.class, spec -> spec.withClasses("import-confirm")).isEnabled()).isFalse();
    }

    @Test
    void aValidFileIsPreviewedThenImportedOnConfirmationAndJoinsTheComparisonChart() {
        signInAs("investment");
        PciResultImportView view = navigateTo(PciResultImportView.class);
        _click(_get(view, Button.class, spec -> spec.withClasses("pci-results-import")));
        ImportWizard<ResultImportRow> wizard = ImportWizards.opened();

        wizard.receive(ImportTestFiles.xlsx(HEADER, "dong-thap-view-test,Đồng Tháp (thử),Dong Thap (test),2024,70.35,9,"),
                "pci.xlsx");
        assertThat(wizard.check().records()).extracting(ResultImportRow::newProvince).containsExactly(true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM province WHERE code = 'dong-thap-view-test'", Long.class)).isZero();

        ImportWizards.confirm(wizard);

        assertThat(ImportWizards.outcome(wizard)).isEqualTo("Đã nhập: 1 bản ghi mới, 0 bản ghi cập nhật, 0 không thay đổi");
        assertThat(_get(view, ECharts.class, spec -> spec.withClasses("comparison-chart")).getOption().series())
                .extracting(series -> ((LineSeries) series).name()).first().isEqualTo("Hải Phòng");
        assertThat(_get(view, ECharts.class, spec -> spec.withClasses("comparison-chart")).getOption().series())
                .extracting(series -> ((LineSeries) series).name()).contains("Đồng Tháp (thử)");
    }

    @Test
    void inEnglishTheWizardSpeaksEnglish() {
        signInAs("investment");
        reloadIn(Locale.ENGLISH);
        PciResultImportView view = navigateTo(PciResultImportView.class);

        ImportWizard<ResultImportRow> wizard = view.openImport();

        assertThat(wizard.getHeaderTitle()).isEqualTo("Import other provinces' PCI results");
    }
}
