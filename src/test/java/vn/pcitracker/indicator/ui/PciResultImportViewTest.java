package vn.pcitracker.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.indicator.CsvProblem;
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

        view.receive(csv(HEADER, "dong-thap-view-test,,,2024,70.35,0,"));

        assertThat(view.preview.summary.getText()).isEqualTo("Tệp có 2 lỗi: chưa nhập gì. Sửa tệp rồi tải lên lại.");
        assertThat(rows(view.preview.problems)).extracting(CsvProblem::line, CsvProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "province_name_vi"),
                        org.assertj.core.groups.Tuple.tuple(2L, "rank"));
        assertThat(view.confirm.isEnabled()).isFalse();
    }

    @Test
    void aValidFileIsPreviewedThenImportedOnConfirmationAndJoinsTheComparisonChart() {
        signInAs("investment");
        PciResultImportView view = navigateTo(PciResultImportView.class);

        view.receive(csv("\uFEFF" + HEADER, "dong-thap-view-test,Đồng Tháp (thử),Dong Thap (test),2024,70.35,9,"));

        assertThat(view.preview.summary.getText()).startsWith("Tệp hợp lệ: 1 dòng, 1 tỉnh mới, 0 dòng thay số liệu đã có.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM province WHERE code = 'dong-thap-view-test'", Long.class)).isZero();

        _click(view.confirm);

        assertThat(view.preview.summary.getText()).isEqualTo("Đã nhập 1 dòng (1 tỉnh mới).");
        assertThat(_get(view, ECharts.class, spec -> spec.withClasses("comparison-chart")).getOption().series())
                .extracting(series -> ((LineSeries) series).name()).first().isEqualTo("Hải Phòng");
        assertThat(_get(view, ECharts.class, spec -> spec.withClasses("comparison-chart")).getOption().series())
                .extracting(series -> ((LineSeries) series).name()).contains("Đồng Tháp (thử)");
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
