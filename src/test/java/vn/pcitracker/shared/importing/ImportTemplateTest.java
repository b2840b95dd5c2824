package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pcitracker.shared.export.ExportFormat;

class ImportTemplateTest {

    private static final ImportDefinition DEFINITION = ImportDefinition.of("test.items", "test.title", List.of(
                    ImportColumn.required("title", "test.title.header"),
                    ImportColumn.optional("received_on", "test.received.header"),
                    ImportColumn.optional("note", "test.note.header")),
            List.of(Map.of("title", "Thủ tục đất đai kéo dài", "received_on", "15/03/2025", "note", "-5% phí"),
                    Map.of("title", "Cấp phép xây dựng")));
    private static final Map<String, String> VIETNAMESE = Map.of("test.title", "Mẫu nhập kiến nghị",
            "test.title.header", "Tiêu đề", "test.received.header", "Ngày tiếp nhận", "test.note.header", "Ghi chú");

    @Test
    void theExcelTemplateHasTranslatedHeadersMarkedWhenRequiredAndTheExampleRows() {
        ReadSheet sheet = SpreadsheetReader.read(write(ExportFormat.XLSX), ImportLimits.DEFAULT);
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.sheetName()).isEqualTo("Mẫu nhập kiến nghị");
        assertThat(sheet.headers()).containsExactly("Tiêu đề *", "Ngày tiếp nhận", "Ghi chú");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().getFirst().cells()).containsExactly("Thủ tục đất đai kéo dài", "15/03/2025", "-5% phí");
    }

    @Test
    void bothTemplatesImportBackAsTheirExamplesWithoutAnyProblem() {
        for (ExportFormat format : ExportFormat.values()) {
            ImportSession session = ImportSession.open(DEFINITION, write(format), "mau." + format.extension(),
                    new HeaderMatcher(DEFINITION, key -> List.of(VIETNAMESE.get(key))), Map.of());
            assertThat(session.fileProblems()).as(format.name()).isEmpty();
            assertThat(session.cellProblems()).as(format.name()).isEmpty();
            assertThat(session.rows()).extracting(ImportRow::cells).as(format.name())
                    .containsExactlyElementsOf(DEFINITION.exampleRows());
        }
    }

    @Test
    void theFileNameIsTheTitleInPlainLetters() {
        assertThat(ImportTemplate.baseName("Mẫu nhập kiến nghị (Đợt 1)")).isEqualTo("mau-nhap-kien-nghi-dot-1");
        assertThat(ImportTemplate.baseName("???")).isEqualTo("template");
    }

    private static byte[] write(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplate.write(DEFINITION, format, out, Locale.forLanguageTag("vi-VN"), VIETNAMESE::get);
        return out.toByteArray();
    }
}
