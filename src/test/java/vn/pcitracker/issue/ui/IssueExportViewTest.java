package vn.pcitracker.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.ViewTestBase;
import vn.pcitracker.issue.Answer;
import vn.pcitracker.issue.AnswerKind;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueService;
import vn.pcitracker.shared.export.ExportFiles;
import vn.pcitracker.shared.export.ExportFormat;

class IssueExportViewTest extends ViewTestBase {

    private static final String SEARCH = "Tìm theo mã, tiêu đề, nội dung";

    @Autowired ApplicationContext context;

    @Test
    void theExcelFileHoldsExactlyTheIssuesOfTheFilterWithVietnameseHeadersAndDateCells() throws IOException {
        String tag = IssueFixtures.unique();
        IssueFixtures fixtures = new IssueFixtures(context);
        IssueDetails first = fixtures.received("Vướng mắc đất đai khu " + tag);
        IssueDetails second = fixtures.received("=Tranh chấp đất đai khu " + tag);
        fixtures.received("Thủ tục hải quan khu " + tag);
        signInAs("investment");
        IssueInboxView view = navigateTo(IssueInboxView.class);
        _setValue(_get(view, TextField.class, spec -> spec.withPlaceholder(SEARCH)), "dat dai khu " + tag);

        List<Row> rows = xlsx(view);

        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Mã");
        assertThat(rows.getFirst().getCellText(7)).isEqualTo("Ngày nhận");
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).as("the inbox's order, newest first").extracting(row -> row.getCellText(0))
                .containsExactly(second.code(), first.code());
        assertThat(rows.subList(1, 3)).extracting(row -> row.getCellText(1))
                .contains("'=Tranh chấp đất đai khu " + tag);
        assertThat(rows.get(1).getCell(7).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(1).getCell(7).asDate().toLocalDate()).isEqualTo(second.receivedOn());
        assertThat(rows.get(1).getCellText(2)).isEqualTo("Đã tiếp nhận");
    }

    @Test
    void anAgencyOfficersCsvHoldsOnlyTheirAgencysIssuesWithEnglishHeadersInEnglish() {
        String tag = IssueFixtures.unique();
        IssueFixtures fixtures = new IssueFixtures(context);
        IssueDetails ours = fixtures.assignedTo("S-XD", "Hạ tầng giao thông " + tag);
        fixtures.assignedTo("S-TC", "Hạ tầng tài chính " + tag);
        signInAs("agency");
        reloadIn(Locale.ENGLISH);
        IssueInboxView view = navigateTo(IssueInboxView.class);
        _setValue(_find(view, TextField.class).getFirst(), tag);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.export(ExportFormat.CSV, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines[0]).startsWith("\uFEFFCode,Title,State,");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(ours.code() + ",Hạ tầng giao thông " + tag + ",");
        assertThat(lines[1]).contains("," + ours.receivedOn() + ",");
    }

    @Test
    void theMyAgencyFileHoldsTheAgencysUnansweredIssuesOnlyWithDeadlinesAsDateCells() {
        String tag = IssueFixtures.unique();
        IssueFixtures fixtures = new IssueFixtures(context);
        IssueDetails open = fixtures.assignedTo("S-XD", "Cấp nước khu công nghiệp " + tag);
        IssueDetails answered = answered(fixtures, fixtures.assignedTo("S-XD", "Đã trả lời khu " + tag));
        IssueDetails elsewhere = fixtures.assignedTo("S-TC", "Hoàn thuế khu " + tag);
        signInAs("agency");
        MyAgencyInboxView view = navigateTo(MyAgencyInboxView.class);

        List<Row> rows = ExportFiles.xlsx(view::export);

        assertThat(ExportFiles.header(rows)).startsWith("Mã", "Tiêu đề", "Trạng thái");
        assertThat(ExportFiles.values(rows, "Mã")).contains(open.code()).doesNotContain(answered.code(), elsewhere.code());
        Row row = ExportFiles.rowWith(rows, "Mã", open.code());
        assertThat(ExportFiles.dateCell(row, ExportFiles.column(rows, "Hạn xử lý"))).isEqualTo(open.deadline());

        reloadIn(Locale.ENGLISH);
        List<List<String>> csv = ExportFiles.csv(navigateTo(MyAgencyInboxView.class)::export);
        assertThat(csv.getFirst()).startsWith("Code", "Title", "State");
        assertThat(csv).anySatisfy(record -> assertThat(record).startsWith(open.code(), open.title()));
    }

    @Test
    void theInboxOffersBothDownloads() {
        signInAs("leader");
        IssueInboxView view = navigateTo(IssueInboxView.class);
        assertThat(_find(view, Anchor.class)).extracting(anchor -> anchor.getClassNames().toString())
                .anySatisfy(names -> assertThat(names).contains("export-xlsx"))
                .anySatisfy(names -> assertThat(names).contains("export-csv"));
    }

    private IssueDetails answered(IssueFixtures fixtures, IssueDetails assigned) {
        return fixtures.as("agency", () -> {
            IssueService issues = context.getBean(IssueService.class);
            IssueDetails started = issues.start(assigned.id(), null, assigned.version());
            return issues.answer(started.id(), new Answer(AnswerKind.ON_SPOT, "Đã xử lý xong", null, null), started.version());
        });
    }

    private static List<Row> xlsx(IssueInboxView view) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.export(ExportFormat.XLSX, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return workbook.getFirstSheet().read();
        }
    }
}
