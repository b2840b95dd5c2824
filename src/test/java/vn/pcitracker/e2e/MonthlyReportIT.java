package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The investment officer opens the report on the month just ended: a document with its charts drawn, a workbook that
 * downloads with a sheet per section, and a print layout without the application frame, the toolbar or the switch.
 */
class MonthlyReportIT extends BrowserTest {

    @Test
    void theReportReadsAsADocumentDownloadsAsAWorkbookAndPrintsWithoutTheFrame() throws IOException {
        logIn("investment", "demo");
        page.navigate(url("reports/monthly"));
        waitForVaadin();

        assertThat(page.locator("h1.report-title").textContent()).startsWith("Báo cáo tình hình tiếp nhận, xử lý kiến nghị");
        assertThat(page.locator(".report-findings li").count()).isEqualTo(9);
        page.waitForSelector(".report-months-chart canvas");
        assertThat(page.locator(".report-chart canvas").count()).isEqualTo(3);

        Download excel = page.waitForDownload(() -> page.locator("a.report-excel vaadin-button").click());
        assertThat(excel.suggestedFilename()).matches("bao-cao-kien-nghi-\\d{4}-\\d{2}\\.xlsx");
        try (InputStream in = Files.newInputStream(excel.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            assertThat(workbook.getSheets().count()).isEqualTo(7);
        }

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".report-toolbar").isVisible()).isFalse();
        assertThat(page.locator(".report-schedule").isVisible()).isFalse();
        assertThat(page.locator("h1.report-title").isVisible()).isTrue();
        screenshot("monthly-report-print");
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-").contains("/MediaBox [0 0 594.95996 841.91998]");
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count())
                .as("the whole report, not the first page of the window").isGreaterThan(1);
    }
}
