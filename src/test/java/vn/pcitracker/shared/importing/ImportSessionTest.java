package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.TranslationKey;

class ImportSessionTest {

    private static final Map<String, List<String>> LABELS = Map.of(
            "test.title.header", List.of("Tiêu đề", "Title"),
            "test.received.header", List.of("Ngày tiếp nhận", "Received on"),
            "test.agency.header", List.of("Cơ quan chủ trì", "Lead agency"));
    private static final ImportDefinition DEFINITION = HeaderMatcherTest.DEFINITION;

    record Item(int row, String title, LocalDate receivedOn) implements RowRecord {
    }

    /** A module's check: dates must be dates, titles unique in the file. */
    static ImportPreview<Item> check(List<ImportRow> rows) {
        ImportProblems problems = new ImportProblems();
        List<Item> items = new ArrayList<>();
        Map<String, Integer> titles = new HashMap<>();
        for (ImportRow row : rows) {
            String title = ImportCells.required(row, "title", problems);
            LocalDate received = ImportCells.date(row, "received_on", problems);
            Integer first = title == null ? null : titles.putIfAbsent(ImportText.key(title), row.row());
            if (first != null) {
                problems.duplicate(row.row(), "title", title, first);
            }
            if (!problems.hasRow(row.row())) {
                items.add(new Item(row.row(), title, received));
            }
        }
        return ImportPreview.of(items, problems);
    }

    @Test
    void thePreviewHasTheModulesProblemsAndTheBlankRequiredCellsInRowOrder() {
        ImportSession session = open("Tiêu đề *,Ngày tiếp nhận,Ghi chú\nA,01/02/2025,x\n,02/02/2025,\nB,hôm qua,\na,,\n");
        ImportPreview<Item> preview = session.preview(ImportSessionTest::check);
        assertThat(preview.valid()).isFalse();
        assertThat(preview.problems()).containsExactly(
                new ImportProblem(3, "title", ImportProblems.REQUIRED),
                new ImportProblem(4, "received_on", ImportProblems.NOT_A_DATE, "hôm qua"),
                new ImportProblem(5, "title", ImportProblems.DUPLICATE, "a", 2));
        assertThat(preview.rowsWithProblems()).isEqualTo(3);
        assertThat(preview.records()).extracting(Item::title).containsExactly("A");
    }

    @Test
    void recordsOfRowsWithAProblemTheModuleDidNotSeeAreLeftOutOfThePreview() {
        ImportSession session = open("Tiêu đề,Ngày tiếp nhận\nA,01/02/2025\n,02/02/2025\n");
        ImportPreview<Item> preview = session.preview(rows -> ImportPreview.of(rows.stream()
                .map(row -> new Item(row.row(), row.get("title"), null)).toList(), new ImportProblems()));
        assertThat(preview.problems()).containsExactly(new ImportProblem(3, "title", ImportProblems.REQUIRED));
        assertThat(preview.records()).extracting(Item::row).containsExactly(2);
    }

    @Test
    void aMissingRequiredColumnStopsTheFileBeforeTheModuleIsAsked() {
        ImportSession session = open("Ngày tiếp nhận\n01/02/2025\n");
        AtomicInteger asked = new AtomicInteger();
        ImportPreview<Item> preview = session.preview(rows -> {
            asked.incrementAndGet();
            return check(rows);
        });
        assertThat(asked.get()).isZero();
        assertThat(preview.problems()).containsExactly(ImportProblem.ofFile(ImportSessions.KEY + "missingColumn",
                new TranslationKey("test.title.header")));
    }

    @Test
    void theUsersMappingDecidesWhichCellsTheModuleSees() {
        ImportSession session = open("Nội dung,Tiêu đề\nNội dung thật,Tiêu đề cũ\n");
        assertThat(session.rows().getFirst().cells()).containsExactly(Map.entry("title", "Tiêu đề cũ"));
        session.map(session.mapping().with(0, "title"));
        assertThat(session.mappingChanged()).isTrue();
        assertThat(session.rows().getFirst().cells()).containsExactly(Map.entry("title", "Nội dung thật"));
    }

    @Test
    void aFormulaMattersOnlyInAColumnThatIsImported() {
        byte[] workbook = Files.xlsx(s -> {
            Files.rows(s, new String[] {"Tiêu đề", "Ghi chú"}, new String[] {"A"});
            s.formula(1, 1, "1+1");
        });
        ImportSession session = ImportSession.open(DEFINITION, workbook, "a.xlsx", new HeaderMatcher(DEFINITION,
                LABELS::get), Map.of());
        assertThat(session.preview(ImportSessionTest::check).valid()).isTrue();
        session.map(session.mapping().with(1, "agency"));
        assertThat(session.preview(ImportSessionTest::check).problems())
                .containsExactly(new ImportProblem(2, "agency", ImportProblems.FORMULA));
    }

    @Test
    void committingReadsTheFileAgainAndHandsTheMappedRowsToTheImporter() {
        ImportSession session = open("Tiêu đề,Ngày tiếp nhận\nA,01/02/2025\nB,\n");
        List<ImportRow> imported = new ArrayList<>();
        ImportResult result = session.commit((rows, progress) -> {
            imported.addAll(rows);
            progress.rowsDone(rows.size(), rows.size());
            return ImportResult.imported(rows.size(), 0, 0, List.of(new ImportLink("A", "items/1")));
        }, ImportProgress.NONE);
        assertThat(result.accepted()).isTrue();
        assertThat(imported).extracting(ImportRow::row).containsExactly(2, 3);
        assertThat(imported.getFirst().get("received_on")).isEqualTo("01/02/2025");
        assertThat(imported.getFirst()).isNotSameAs(session.rows().getFirst());
    }

    @Test
    void aCommitOfAFileWithCellProblemsNeverReachesTheImporter() {
        ImportSession session = open("Tiêu đề,Ngày tiếp nhận\n,01/02/2025\n");
        ImportResult result = session.commit((rows, progress) -> {
            throw new AssertionError("must not be called");
        }, ImportProgress.NONE);
        assertThat(result.problems()).containsExactly(new ImportProblem(2, "title", ImportProblems.REQUIRED));
    }

    private static ImportSession open(String csv) {
        return ImportSession.open(DEFINITION, csv.getBytes(StandardCharsets.UTF_8), "items.csv",
                new HeaderMatcher(DEFINITION, LABELS::get), Map.of());
    }
}
