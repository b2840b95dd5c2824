package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderCsvTest {

    private static final String KEY = SpreadsheetReader.KEY;

    @Test
    void readsUtf8WithoutByteOrderMark() {
        ReadSheet sheet = read("Tên,Ngày\nSở Xây dựng,01/02/2025\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.headers()).containsExactly("Tên", "Ngày");
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("Sở Xây dựng", "01/02/2025");
        });
    }

    @Test
    void readsUtf8WithByteOrderMarkWithoutKeepingTheMarkInTheFirstHeader() {
        ReadSheet sheet = read(("\uFEFFTên,Mã\nSở Tài chính,TC\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.headers()).containsExactly("Tên", "Mã");
        assertThat(sheet.rows().getFirst().cells()).containsExactly("Sở Tài chính", "TC");
    }

    @Test
    void readsWindows1258AndComposesTheToneMarks() {
        assertThat(Charset.isSupported("windows-1258")).isTrue();
        byte[] bytes = Files.windows1258("Tên,Lĩnh vực\nSở Văn hóa và Thể thao,Đất đai\n");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("?");
        ReadSheet sheet = read(bytes);
        assertThat(sheet.headers()).containsExactly("Tên", "Lĩnh vực");
        assertThat(sheet.rows().getFirst().cells()).containsExactly("Sở Văn hóa và Thể thao", "Đất đai");
    }

    @Test
    void readsUtf16FromExcelsUnicodeText() {
        byte[] text = "Tên\tMã\nSở Công Thương\tCT\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        assertThat(read(bytes).rows().getFirst().cells()).containsExactly("Sở Công Thương", "CT");
    }

    @Test
    void detectsSemicolonAndTabSeparatorsFromTheHeaderLine() {
        assertThat(read(utf8("a;b;c\n1,5;2;3\n")).rows().getFirst().cells()).containsExactly("1,5", "2", "3");
        assertThat(read(utf8("a\tb\n1,5\t2\n")).rows().getFirst().cells()).containsExactly("1,5", "2");
        assertThat(read(utf8("\"a;x\",b\n1,2\n")).headers()).containsExactly("a;x", "b");
    }

    @Test
    void keepsTextStartingWithAnEqualsSignAsTextAndRemovesTheQuoteOurExportsAdd() {
        ReadSheet sheet = read(utf8("a,b,c,d\n=1+1,'=SUM(A1),'-5%,'bình thường\n"));
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows().getFirst().cells()).containsExactly("=1+1", "=SUM(A1)", "-5%", "'bình thường");
    }

    @Test
    void trimsCellsSkipsBlankRowsAndKeepsTheRowNumbersTheUserSees() {
        ReadSheet sheet = read(utf8("a,b\n  x  ,\n\n,\n\"dòng\nhai\",y\n"));
        assertThat(sheet.rows()).extracting(SheetRow::row).containsExactly(2, 5);
        assertThat(sheet.rows().getFirst().cell(0)).isEqualTo("x");
        assertThat(sheet.rows().getFirst().cell(1)).isNull();
        assertThat(sheet.rows().get(1).cell(0)).isEqualTo("dòng\nhai");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefusedClearly() {
        assertThat(read(new byte[0]).problems()).extracting(ImportProblem::messageKey).containsExactly(KEY + "empty");
        assertThat(read(utf8("\n ,\n")).problems()).extracting(ImportProblem::messageKey).containsExactly(KEY + "empty");
        assertThat(read(utf8("a,b\n")).problems()).extracting(ImportProblem::messageKey).containsExactly(KEY + "noRows");
    }

    @Test
    void aHundredThousandRowsAreCountedAndRefusedWithoutKeepingThem() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append(i).append(",x\n");
        }
        ReadSheet sheet = read(utf8(csv.toString()));
        assertThat(sheet.rows()).isEmpty();
        assertThat(sheet.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(KEY + "tooManyRows");
            assertThat(problem.args()).containsExactly(100_000, ImportLimits.DEFAULT_MAX_ROWS);
        });
    }

    @Test
    void blankHeadersOverValuesAndDuplicateHeadersAreProblemsOfRowOne() {
        ReadSheet blank = read(utf8("a,,c\n1,2,3\n"));
        assertThat(blank.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.messageKey()).isEqualTo(KEY + "blankHeader");
            assertThat(problem.args()).containsExactly("B");
        });
        assertThat(read(utf8("a,,c\n1,,3\n")).problems()).isEmpty();
        ReadSheet duplicate = read(utf8("Tên,Mã,tên *\n1,2,3\n"));
        assertThat(duplicate.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(KEY + "duplicateHeader");
            assertThat(problem.args()).containsExactly("tên *", "A", "C");
        });
    }

    @Test
    void anUnclosedQuoteIsAClearProblem() {
        assertThat(read(utf8("a,b\n1,\"2\n3,4")).problems()).extracting(ImportProblem::messageKey)
                .containsExactly(KEY + "malformedCsv");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ReadSheet read(byte[] bytes) {
        return SpreadsheetReader.read(bytes, ImportLimits.DEFAULT);
    }
}
