package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dialogue's secretariat imports what was raised there: the template downloads as Excel with Vietnamese headers,
 * a file built from it with one bad row is refused with the row and column of the problem, the corrected file goes
 * in, the result links to the recommendations, and the dialogue's page lists them.
 */
class IssueImportIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theSecretariatImportsADialoguesRecommendationsFromTheTemplate() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long dialogue = jdbc.queryForObject("INSERT INTO dialogue_session (kind, title, held_on, host_agency_id, synthetic)"
                + " VALUES ('MONTHLY', ?, ?, (SELECT id FROM agency WHERE code = 'S-XD'), true) RETURNING id", Long.class,
                "Hội nghị nhập thử " + tag, LocalDate.of(2026, 4, 10));
        logIn("investment", "demo");
        page.navigate(url("dialogues/" + dialogue));
        waitForVaadin();
        page.locator("vaadin-button.dialogue-import-issues").click();

        Download template = page.waitForDownload(() -> page.locator("a.import-template-xlsx vaadin-button").click());
        List<String> headers = headers(template.path());
        assertThat(template.suggestedFilename()).endsWith(".xlsx");
        assertThat(headers).startsWith("Tiêu đề *", "Nội dung *", "Lĩnh vực *", "Ngày tiếp nhận").contains("Mã số thuế");

        upload(file(headers, tag, "31/02/2026"));
        Locator problems = page.locator(".import-problems");
        problems.locator("vaadin-grid-cell-content:text-is('Ngày tiếp nhận')").waitFor();
        assertThat(problems.locator("vaadin-grid-cell-content").allInnerTexts())
                .containsSubsequence("4", "Ngày tiếp nhận", "“31/02/2026” không phải là ngày; hãy ghi theo dạng dd/MM/yyyy"
                        + " (ví dụ 31/12/2025)");
        assertThat(page.locator(".import-summary").innerText()).isEqualTo("2 dòng hợp lệ, 1 dòng có lỗi");
        assertThat(page.locator("vaadin-button.import-confirm").isDisabled()).isTrue();

        page.locator("vaadin-button.import-back").click();
        page.locator(".import-step-mapping").waitFor();
        page.locator("vaadin-button.import-back").click();
        upload(file(headers, tag, "28/02/2026"));
        page.locator(".import-summary:text-is('3 dòng hợp lệ, 0 dòng có lỗi')").waitFor();
        page.locator("vaadin-button.import-confirm").click();
        Locator links = page.locator(".import-links a.import-link");
        links.nth(3).waitFor();
        assertThat(links.allInnerTexts()).hasSize(4).first().asString().contains("Hội nghị nhập thử " + tag);
        assertThat(links.nth(1).getAttribute("href")).matches("issues/\\d+");

        page.locator("vaadin-button.import-close").click();
        waitForVaadin();
        Locator listed = page.locator(".dialogue-issues vaadin-grid-cell-content");
        listed.locator("text=Giấy phép xây dựng " + tag).waitFor();
        assertThat(listed.allInnerTexts()).contains("Giao đất chậm " + tag, "Hoàn thuế chậm " + tag,
                "Giấy phép xây dựng " + tag);
    }

    /** Uploads once the upload step shows (a late "back" would otherwise hide the mapping the upload opened). */
    private void upload(Path file) {
        waitForVaadin();
        page.locator(".import-step-upload").waitFor();
        page.locator("vaadin-upload.import-upload input[type=file]").setInputFiles(file);
        page.locator(".import-step-mapping").waitFor();
        page.locator("vaadin-button.import-check").click();
        page.locator(".import-step-preview").waitFor();
        waitForVaadin();
    }

    private static List<String> headers(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Row header = workbook.getFirstSheet().read().getFirst();
            return header.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
        }
    }

    /** The template's headers and three rows, the third received on {@code thirdDate}. */
    private static Path file(List<String> headers, String tag, String thirdDate) throws IOException {
        String[][] rows = {
                {"Giao đất chậm " + tag, "Thời gian giao đất kéo dài", "Đất đai", "", "Cao", "", "", "0299000006"},
                {"Hoàn thuế chậm " + tag, "Hồ sơ hoàn thuế chưa được giải quyết", "thue", "", "", "", "", "0299000001"},
                {"Giấy phép xây dựng " + tag, "Cấp phép xây dựng nhà xưởng", "XÂY DỰNG", thirdDate, "", "", "",
                        "0299000002"}};
        Path file = Files.createTempFile("kien-nghi-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Kiến nghị");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        sheet.value(r + 1, c, rows[r][c]);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }
}
