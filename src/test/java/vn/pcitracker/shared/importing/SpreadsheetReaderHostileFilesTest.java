package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderHostileFilesTest {

    private static final String KEY = SpreadsheetReader.KEY;

    @Test
    void aFileFarLargerThanTheLimitIsRefusedAfterReadingOneByteMore() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }
        };
        ImportLimits limits = ImportLimits.DEFAULT.withMaxBytes(1024 * 1024);
        ReadSheet sheet = SpreadsheetReader.read(endless, limits);
        assertThat(keys(sheet)).containsExactly(KEY + "tooLarge");
        assertThat(sheet.problems().getFirst().args()).containsExactly(1L);
        assertThat(served.get()).isEqualTo(limits.maxBytes() + 1);
    }

    @Test
    void aZipBombIsRefusedBeforeAnyParserSeesIt() {
        byte[] bomb = Files.zip(120L * 1024 * 1024, "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(keys(read(bomb))).containsExactly(KEY + "zipBomb");
    }

    @Test
    void anAbsurdCompressionRatioIsRefusedEvenBelowTheSizeCap() {
        byte[] dense = Files.zip(40L * 1024 * 1024, "xl/workbook.xml");
        assertThat(keys(read(dense))).containsExactly(KEY + "zipBomb");
    }

    @Test
    void tooManyEntriesAreRefused() {
        String[] names = new String[1_001];
        Arrays.setAll(names, i -> "xl/part" + i + ".xml");
        assertThat(keys(read(Files.zip(1, names)))).containsExactly(KEY + "zipBomb");
    }

    @Test
    void anOle2FileIsTakenForAPasswordProtectedWorkbookOrAnOldXls() {
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Arrays.fill(ole2, magic.length, ole2.length, (byte) 0x5A);
        assertThat(keys(read(ole2))).containsExactly(KEY + "passwordOrXls");
    }

    @Test
    void aBinaryFileIsNotASpreadsheetWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(keys(read(png))).containsExactly(KEY + "notASpreadsheet");
        assertThat(keys(read("%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))))
                .containsExactly(KEY + "notASpreadsheet");
    }

    @Test
    void aZipThatIsNoWorkbookIsNotASpreadsheet() {
        assertThat(keys(read(Files.zip(100, "word/document.xml")))).containsExactly(KEY + "notASpreadsheet");
    }

    @Test
    void aCorruptWorkbookIsACleanRefusal() {
        byte[] workbook = Files.xlsx(s -> Files.rows(s, new String[] {"a"}, new String[] {"b"}));
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
        assertThat(keys(read(truncated))).containsExactly(KEY + "corrupt");
        byte[] scrambled = workbook.clone();
        for (int i = 200; i < scrambled.length - 200; i += 7) {
            scrambled[i] ^= 0x55;
        }
        assertThat(keys(read(scrambled))).containsExactly(KEY + "corrupt");
    }

    @Test
    void theStreamIsReadAsItComes() {
        byte[] csv = "a\nb\n".getBytes();
        assertThat(SpreadsheetReader.read(new ByteArrayInputStream(csv), ImportLimits.DEFAULT).rows()).hasSize(1);
    }

    private static ReadSheet read(byte[] bytes) {
        return SpreadsheetReader.read(bytes, ImportLimits.DEFAULT);
    }

    private static java.util.List<String> keys(ReadSheet sheet) {
        return sheet.problems().stream().map(ImportProblem::messageKey).toList();
    }
}
