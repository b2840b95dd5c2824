package vn.pcitracker.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxWorkbookTest {

    record Agency(String name, long overdue) {
    }

    record Move(String code, LocalDate day) {
    }

    private static final UnaryOperator<String> TEXTS = key -> switch (key) {
        case "a.title" -> "Theo cơ quan";
        case "a.name" -> "Cơ quan";
        case "a.overdue" -> "Quá hạn";
        case "m.title" -> "Điểm nghẽn";
        case "m.code" -> "Mã";
        default -> "Ngày";
    };

    @Test
    void eachTableIsASheetOfItsOwnWithItsFrozenHeaderAndTypedCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWorkbook(out, Locale.forLanguageTag("en-GB"), TEXTS)
                .sheet(TableExport.of("a.title", ExportColumn.text("a.name", 40, Agency::name),
                        ExportColumn.integer("a.overdue", 10, Agency::overdue)),
                        Stream.of(new Agency("Sở Xây dựng", 3), new Agency("=Sở Tài chính", 0)))
                .sheet(TableExport.of("m.title", ExportColumn.text("m.code", 12, Move::code),
                        ExportColumn.date("m.day", 12, Move::day)), Stream.of(new Move("DN-2026-0001", LocalDate.of(2026, 10, 20))))
                .finish();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Theo cơ quan", "Điểm nghẽn");
            List<Row> agencies = sheets.get(0).read();
            assertThat(agencies.getFirst().stream().map(cell -> cell.asString()).toList()).containsExactly("Cơ quan", "Quá hạn");
            assertThat(agencies.get(1).getCell(1).asNumber()).isEqualByComparingTo("3");
            assertThat(agencies.get(2).getCellText(0)).isEqualTo("'=Sở Tài chính");
            List<Row> moves = sheets.get(1).read();
            assertThat(moves).hasSize(2);
            assertThat(moves.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(moves.get(1).getCell(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(moves.get(1).getCell(1).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 20));
        }
    }
}
