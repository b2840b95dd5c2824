package vn.pcitracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentTypeDetectorTest {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private final ContentTypeDetector detector = new ContentTypeDetector();

    private Optional<FileType> detect(byte[] content, String filename) {
        return detector.detect(content, FileNames.extension(filename));
    }

    @Test
    void imagesAndPdfAreKnownByTheirSignatures() {
        assertThat(detect(Samples.pdf(), "to-trinh.pdf")).contains(FileType.PDF);
        assertThat(detect(Samples.png(), "anh.png")).contains(FileType.PNG);
        assertThat(detect(Samples.jpeg(), "anh.jpg")).contains(FileType.JPEG);
        assertThat(detect(Samples.webp(), "anh.webp")).contains(FileType.WEBP);
    }

    @Test
    void theContentDecidesNotTheName() {
        assertThat(detect(Samples.png(), "bao-cao.pdf")).as("a PNG named .pdf is a PNG").contains(FileType.PNG);
        assertThat(FileType.PNG.fits("pdf")).isFalse();
    }

    @Test
    void aProgramRenamedToPdfIsRefused() {
        assertThat(detect(Samples.exe(), "cong-van.pdf")).isEmpty();
        assertThat(detect(Samples.exe(), "cong-van.txt")).as("MZ header then text").isEmpty();
    }

    @Test
    void officeOpenXmlIsToldApartByItsEntries() {
        assertThat(detect(Samples.docx(), "a.docx")).contains(FileType.DOCX);
        assertThat(detect(Samples.xlsx(), "a.xlsx")).contains(FileType.XLSX);
        assertThat(detect(Samples.pptx(), "a.pptx")).contains(FileType.PPTX);
    }

    @Test
    void aDocxThatIsReallyAPlainZipIsRefused() {
        assertThat(detect(Samples.plainZip(), "hop-dong.docx")).isEmpty();
        assertThat(detect(Samples.zip("[Content_Types].xml", "<Types/>", "evil/x.js", "alert(1)"), "a.docx"))
                .as("content types but neither Word, Excel nor PowerPoint").isEmpty();
    }

    @Test
    void openDocumentIsKnownByItsStoredMimetypeEntry() {
        assertThat(detect(Samples.odt(), "a.odt")).contains(FileType.ODT);
        assertThat(detect(Samples.ods(), "a.ods")).contains(FileType.ODS);
        assertThat(detect(Samples.openDocument("application/vnd.oasis.opendocument.graphics"), "a.odg")).isEmpty();
    }

    @Test
    void legacyWordAndExcelNeedTheirMainStream() {
        assertThat(detect(Samples.ole2("WordDocument"), "cv.doc")).contains(FileType.DOC);
        assertThat(detect(Samples.ole2("Workbook"), "bang.xls")).contains(FileType.XLS);
        assertThat(detect(Samples.ole2("SummaryInformation"), "setup.doc"))
                .as("an OLE2 file such as an installer, renamed .doc").isEmpty();
    }

    @Test
    void vietnameseTextInUtf8OrWindows1258IsTextOnlyWhenNamedTxtOrCsv() {
        String csv = "Mã;Tên doanh nghiệp;Kiến nghị\r\n1;Công ty Cổ phần Cảng Hải Phòng;Thủ tục đất đai\r\n";
        assertThat(detect(Samples.text(csv, StandardCharsets.UTF_8), "danh-sach.csv")).contains(FileType.CSV);
        assertThat(detect(Samples.text("Ghi chú cuộc họp", WINDOWS_1258), "ghi-chu.txt")).contains(FileType.TEXT);
        assertThat(detect(Samples.text(csv, StandardCharsets.UTF_8), "danh-sach.pdf")).isEmpty();
        assertThat(detect(Samples.text(csv, StandardCharsets.UTF_8), "danh-sach")).isEmpty();
    }

    @Test
    void markupNamedTxtIsRefused() {
        assertThat(detect(Samples.text("<!DOCTYPE html><html><body>Xin chào</body></html>", StandardCharsets.UTF_8),
                "trang.txt")).isEmpty();
        assertThat(detect(Samples.text("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", StandardCharsets.UTF_8),
                "hinh.txt")).isEmpty();
        assertThat(detect(Samples.text("\uFEFF  <?xml version=\"1.0\"?><x/>", StandardCharsets.UTF_8), "a.csv")).isEmpty();
        assertThat(detect(Samples.text("ten,ghi chu\nA,<script>alert(1)</script>\n", StandardCharsets.UTF_8), "a.csv"))
                .isEmpty();
        assertThat(detect(Samples.text("a < b và c > d\n", StandardCharsets.UTF_8), "so-sanh.txt"))
                .as("comparison signs are not markup").contains(FileType.TEXT);
    }

    @Test
    void binaryBytesNamedTxtAreRefused() {
        assertThat(detect(Samples.text("abc\0def", StandardCharsets.US_ASCII), "a.txt")).isEmpty();
        assertThat(detect(new byte[] {'a', 0x1B, '[', '3', '1', 'm'}, "a.txt")).as("terminal escape").isEmpty();
    }

    @Test
    void onlyTheFirst64KilobytesOfTextAreExaminedEvenWhenTheWindowCutsACharacter() {
        byte[] filler = "a".repeat(ContentTypeDetector.TEXT_WINDOW - 1).getBytes(StandardCharsets.US_ASCII);
        byte[] text = Samples.concat(filler, "đất đai\n".getBytes(StandardCharsets.UTF_8), new byte[] {0});

        assertThat(detect(text, "dai.txt")).as("'đ' is cut by the window; the NUL after it is not read")
                .contains(FileType.TEXT);
    }

    @Test
    void aZipWithTooManyEntriesIsRefusedWithoutReadingThemAll() {
        String[] entries = new String[2 * (ContentTypeDetector.MAX_ZIP_ENTRIES + 1)];
        entries[0] = "[Content_Types].xml";
        entries[1] = "<Types/>";
        for (int i = 1; i <= ContentTypeDetector.MAX_ZIP_ENTRIES; i++) {
            entries[2 * i] = "word/part" + i + ".xml";
            entries[2 * i + 1] = "";
        }
        assertThat(detect(Samples.zip(entries), "big.docx")).isEmpty();
    }

    @Test
    void truncatedOrCorruptedArchivesAreRefusedWithoutFailing() {
        byte[] docx = Samples.docx();
        assertThat(detect(Arrays.copyOf(docx, docx.length - 10), "a.docx")).isEmpty();
        assertThat(detect(Arrays.copyOf(docx, 4), "a.docx")).isEmpty();

        Random random = new Random(20260101);
        assertThatCode(() -> {
            for (int round = 0; round < 2_000; round++) {
                byte[] damaged = docx.clone();
                for (int hit = 0; hit < 4; hit++) {
                    damaged[4 + random.nextInt(damaged.length - 4)] = (byte) random.nextInt(256);
                }
                detect(damaged, "a.docx");
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void emptyContentIsNothing() {
        assertThat(detect(new byte[0], "a.pdf")).isEmpty();
    }
}
