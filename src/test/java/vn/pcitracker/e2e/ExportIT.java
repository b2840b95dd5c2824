package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The investment officer filters the inbox and downloads it: the files come through a real download request (the
 * user's rights applied there), hold the filtered rows with Vietnamese headers, and open as Excel and as CSV.
 */
class ExportIT extends BrowserTest {

    private static final String RECOMMENDATION = "Thủ tục chấp thuận chủ trương đầu tư trong khu kinh tế";

    @Test
    void theFilteredInboxDownloadsAsExcelAndCsv() throws IOException {
        logIn("investment", "demo");
        page.navigate(url("issues?q=chap thuan chu truong dau tu"));
        waitForVaadin();

        Download excel = page.waitForDownload(() -> page.locator("a.export-xlsx vaadin-button").click());
        assertThat(excel.suggestedFilename()).isEqualTo("kien-nghi.xlsx");
        try (InputStream in = Files.newInputStream(excel.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Mã");
            assertThat(rows.subList(1, rows.size())).isNotEmpty()
                    .anySatisfy(row -> assertThat(row.getCellText(1)).isEqualTo(RECOMMENDATION));
        }

        Download csv = page.waitForDownload(() -> page.locator("a.export-csv vaadin-button").click());
        assertThat(csv.suggestedFilename()).isEqualTo("kien-nghi.csv");
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã,Tiêu đề,").contains(RECOMMENDATION);
    }
}
