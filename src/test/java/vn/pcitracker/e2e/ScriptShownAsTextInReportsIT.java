package vn.pcitracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcitracker.e2e.ScriptPayloads.IMG;
import static vn.pcitracker.e2e.ScriptPayloads.SCRIPT;
import static vn.pcitracker.e2e.ScriptPayloads.SVG;
import static vn.pcitracker.e2e.ScriptPayloads.assertNothingRan;
import static vn.pcitracker.e2e.ScriptPayloads.assertShownAsText;
import static vn.pcitracker.e2e.ScriptPayloads.chartOptions;
import static vn.pcitracker.e2e.ScriptPayloads.hoverEveryChart;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Script and HTML in stored texts stay text in what is read outside the screen: the monthly report (page, charts,
 * print layout and workbook) and the Excel and CSV downloads of a list, where a text that begins like a formula is
 * also neutralised with a leading quote. Each payload sets {@code window.__xss} if it ever runs (issue 9, bad input).
 */
class ScriptShownAsTextInReportsIT extends BrowserTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    @Autowired ApplicationContext spring;

    private final String token = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theMonthlyReportShowsHostileNamesAsTextOnScreenInPrintAndInItsWorkbook() throws IOException {
        HostileRecords hostile = new HostileRecords(spring, token);
        hostile.issue(null, hostile.firm(), hostile.association(), hostile.agency());
        hostile.bottleneck();
        hostile.commitment();

        logIn("leader", "demo");
        page.navigate(url("reports/monthly?period=" + YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"))));
        waitForVaadin();
        assertShownAsText(page, hostile.agencyName());
        assertShownAsText(page, IMG + " Điểm nghẽn thử " + token);
        assertShownAsText(page, SCRIPT + " Phòng thử " + token);
        hoverEveryChart(page);
        assertThat(chartOptions(page)).as("the agency reaches the report's charts as data").contains("Sở thử " + token);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.getByText(hostile.agencyName()).first().isVisible()).as("printed as text").isTrue();
        assertNothingRan(page);
        screenshot("script-shown-as-text-report-print");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        Download workbook = page.waitForDownload(() -> page.locator("a.report-excel vaadin-button").click());
        assertThat(cellTexts(workbook)).contains(hostile.agencyName(), SCRIPT + " Phòng thử " + token)
                .anySatisfy(text -> assertThat(text).endsWith(IMG + " Điểm nghẽn thử " + token));
        assertNothingRan(page);
    }

    @Test
    void theInboxDownloadsHostileTitlesAsLiteralTextAndFormulasNeutralised() throws IOException {
        HostileRecords hostile = new HostileRecords(spring, token);
        long firm = hostile.firm();
        long association = hostile.association();
        long agency = hostile.agency();
        String title = IMG + " Kiến nghị thử " + token;
        String formula = FORMULA + " " + SVG + " công thức " + token;
        hostile.issue(title, null, firm, association, agency);
        hostile.issue(formula, null, firm, association, agency);

        logIn("investment", "demo");
        page.navigate(url("issues?q=" + token));
        waitForVaadin();
        assertShownAsText(page, title);

        Download excel = page.waitForDownload(() -> page.locator("a.export-xlsx vaadin-button").click());
        assertThat(cellTexts(excel)).contains(title, "'" + formula, hostile.agencyName()).doesNotContain(formula);

        Download csv = page.waitForDownload(() -> page.locator("a.export-csv vaadin-button").click());
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).contains(IMG + " Kiến nghị thử " + token, "\"'=HYPERLINK(\"\"http://example.invalid\"\"")
                .doesNotContain(",=HYPERLINK", "\"=HYPERLINK");
        assertNothingRan(page);
    }

    @Test
    void theCommitmentListDownloadsHostileTitlesAsLiteralText() throws IOException {
        HostileRecords hostile = new HostileRecords(spring, token);
        hostile.commitment();

        logIn("investment", "demo");
        page.navigate(url("commitments"));
        waitForVaadin();
        page.locator("vaadin-text-field input[placeholder]").first().fill(token);
        page.waitForTimeout(600);
        waitForVaadin();
        assertShownAsText(page, IMG + " Giao ước thử " + token);

        Download excel = page.waitForDownload(() -> page.locator("a.export-xlsx vaadin-button").click());
        assertThat(cellTexts(excel)).contains(IMG + " Giao ước thử " + token);
        Download csv = page.waitForDownload(() -> page.locator("a.export-csv vaadin-button").click());
        assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).contains(IMG + " Giao ước thử " + token);
    }

    /** The text of every cell on every sheet of a downloaded workbook. */
    private static List<String> cellTexts(Download download) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.stream().filter(cell -> cell != null).map(Cell::getText).forEach(texts::add);
                }
            }
        }
        return texts;
    }
}
