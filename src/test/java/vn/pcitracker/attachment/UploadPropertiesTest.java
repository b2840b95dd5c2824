package vn.pcitracker.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.pcitracker.HostileText;

/**
 * Uploads decided by content, never by name: every archive format is refused whatever it is called (an xlsx or
 * docx is a zip too, and passes only as what it is), arbitrary bytes never make the detector fail, and any
 * uploaded name becomes a plain file name, never a path (issue 9, bad input).
 */
class UploadPropertiesTest {

    private static final String[] NAMES = {"cong-van.pdf", "bao-cao.docx", "so-lieu.xlsx", "ghi-chu.txt", "bang.csv",
            "anh.png", "tai-lieu.odt", "archive.zip", "archive.rar", "archive.7z", "archive.tar", "archive.gz"};

    private final ContentTypeDetector detector = new ContentTypeDetector();

    @Test
    void everyArchiveFormatIsRefusedWhateverItIsNamed() throws Exception {
        Map<String, byte[]> archives = Map.of(
                "zip", Samples.plainZip(),
                "zip holding a pdf", Samples.zip("cong-van.pdf", "%PDF-1.7"),
                "rar", bytes("Rar!\u001A\u0007\u0001\u0000", 64),
                "7z", bytes("7z\u00BC\u00AF\u0027\u001C\u0000\u0004", 64),
                "tar", tar(),
                "gz", gzip("Cấp phép xây dựng"),
                "bz2", bytes("BZh91AY&SY", 64),
                "xz", bytes("\u00FD7zXZ\u0000", 64));
        archives.forEach((kind, content) -> {
            for (String name : NAMES) {
                assertThat(detector.detect(content, FileNames.extension(name))).as("%s named %s", kind, name).isEmpty();
            }
        });
        assertThat(detector.detect(Samples.xlsx(), "xlsx")).as("an xlsx is a zip accepted as a workbook")
                .contains(FileType.XLSX);
        assertThat(detector.detect(Samples.docx(), "pdf")).as("a docx named .pdf is a docx, which the name then fails")
                .contains(FileType.DOCX);
    }

    @Test
    void arbitraryBytesNeverMakeTheDetectorFailAndWhatItAcceptsIsOnTheList() {
        Gen<byte[]> content = Generate.byteArrays(integers().between(0, 4_000),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        Gen<byte[]> zipLike = content.map(tail -> Samples.concat(new byte[] {'P', 'K', 3, 4}, tail));
        Gen<byte[]> zipTail = content.map(head -> Samples.concat(head, new byte[] {'P', 'K', 5, 6}, new byte[18]));
        qt().withExamples(500).forAll(Generate.oneOf(content, zipLike, zipTail), Generate.pick(java.util.List.of(NAMES)))
                .checkAssert((bytes, name) -> assertThat(detector.detect(bytes, FileNames.extension(name)))
                        .satisfiesAnyOf(type -> assertThat(type).isEmpty(),
                                type -> assertThat(type.orElseThrow()).isIn((Object[]) FileType.values())));
    }

    @Test
    void anyUploadedNameBecomesAPlainFileNameNeverAPath() {
        Gen<String> names = HostileText.textUpToLong().zip(Generate.pick(java.util.List.of("", "../", "../../etc/",
                "/etc/", "C:\\Windows\\", "\\\\server\\share\\", "\u202E", "a\u0000b/")), (text, prefix) -> prefix + text);
        qt().withExamples(1_000).forAll(names).checkAssert(uploaded -> {
            String name = FileNames.sanitise(uploaded);
            assertThat(name).isNotBlank().doesNotContain("/", "\\", "\u0000", "\r", "\n", "\u202E", "\u202D", "\u2066")
                    .isNotIn(".", "..").doesNotStartWith(".").doesNotEndWith(".").doesNotEndWith(" ");
            assertThat(name.length()).isLessThanOrEqualTo(AttachmentInfo.FILENAME_MAX_LENGTH);
            assertThat(name.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                    || Character.getType(c) == Character.FORMAT)).as("no control or format character").isTrue();
            assertThat(FileNames.extension(name)).doesNotContain("/", "\\");
        });
    }

    private static byte[] bytes(String signature, int length) {
        byte[] start = signature.getBytes(StandardCharsets.ISO_8859_1);
        return java.util.Arrays.copyOf(start, Math.max(length, start.length));
    }

    /** A POSIX tar header for "ghi-chu.txt": 512 bytes, "ustar" at offset 257, then the text. */
    private static byte[] tar() {
        byte[] tar = new byte[1024];
        System.arraycopy("ghi-chu.txt".getBytes(StandardCharsets.US_ASCII), 0, tar, 0, 11);
        System.arraycopy("ustar\u000000".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 8);
        System.arraycopy("Cap phep".getBytes(StandardCharsets.US_ASCII), 0, tar, 512, 8);
        return tar;
    }

    private static byte[] gzip(String text) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
