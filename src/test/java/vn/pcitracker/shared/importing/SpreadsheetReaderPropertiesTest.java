package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.pcitracker.HostileText;
import vn.pcitracker.ImportTestFiles;

/**
 * Any file a user uploads to an import is read or refused with a message key, never with an exception; what a well
 * formed file holds is read back cell by cell (issue 9, bad input).
 */
class SpreadsheetReaderPropertiesTest {

    private static final ImportLimits LIMITS = ImportLimits.DEFAULT.withMaxBytes(256 * 1024);

    @Test
    void arbitraryBytesAreReadOrRefusedWithAMessageKeyNeverWithAnException() {
        Gen<byte[]> bytes = Generate.byteArrays(integers().between(0, 2_000), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        Gen<byte[]> zipLike = bytes.map(tail -> concat(new byte[] {'P', 'K', 3, 4}, tail));
        Gen<byte[]> ole2Like = bytes.map(tail -> concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, tail));
        qt().withExamples(400).forAll(Generate.oneOf(bytes, zipLike, ole2Like)).checkAssert(file -> {
            ReadSheet sheet = SpreadsheetReader.read(file, LIMITS);
            assertThat(sheet.problems()).allSatisfy(problem ->
                    assertThat(problem.messageKey()).startsWith("importing.").doesNotContain(" "));
        });
    }

    @Test
    void aCorruptedWorkbookIsRefusedWithAMessageKeyNeverWithAnException() {
        byte[] workbook = ImportTestFiles.xlsx("a,b", "1,2", "3,4");
        qt().withExamples(200).forAll(integers().between(0, workbook.length - 1), integers().between(0, 255),
                integers().between(1, workbook.length)).checkAssert((at, value, length) -> {
            byte[] broken = java.util.Arrays.copyOf(workbook, length);
            if (at < length) {
                broken[at] = (byte) (int) value;
            }
            ReadSheet sheet = SpreadsheetReader.read(broken, LIMITS);
            assertThat(sheet.problems()).allSatisfy(problem -> assertThat(problem.messageKey()).startsWith("importing."));
        });
    }

    @Test
    void anyCellsWrittenAsQuotedCsvReadBackAsTheSameComposedTextWithoutSurroundingSpace() {
        Gen<List<String>> row = lists().of(HostileText.text().assuming(HostileText::storable)
                .map(SpreadsheetReaderPropertiesTest::printable)).ofSizeBetween(1, 4);
        qt().withExamples(200).forAll(row).checkAssert(cells -> {
            List<String> header = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                header.add("c" + i);
            }
            String csv = String.join(",", header) + "\r\n"
                    + cells.stream().map(SpreadsheetReaderPropertiesTest::quoted).collect(Collectors.joining(",")) + "\r\n";
            ReadSheet sheet = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8), LIMITS);

            if (cells.stream().allMatch(String::isBlank)) {
                assertThat(sheet.problems()).extracting(ImportProblem::messageKey)
                        .containsExactly(SpreadsheetReader.KEY + "noRows");
                return;
            }
            assertThat(sheet.problems()).isEmpty();
            assertThat(sheet.rows()).hasSize(1);
            for (int i = 0; i < cells.size(); i++) {
                assertThat(sheet.rows().getFirst().cell(i)).isEqualTo(SheetCollector.clean(java.text.Normalizer.normalize(cells.get(i), java.text.Normalizer.Form.NFC)));
            }
        });
    }

    /** Byte order marks and control characters make a file binary or change its encoding: CSV text is without them. */
    private static String printable(String text) {
        return text.replaceAll("[\\p{Cc}\\uFEFF]", " ");
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
