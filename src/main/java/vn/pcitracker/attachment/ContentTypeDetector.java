package vn.pcitracker.attachment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells what a file is from its bytes, not from the name or the type the browser sent: PDF, PNG, JPEG and WebP
 * by their signatures, Office Open XML and OpenDocument by the entries of the ZIP's central directory (read,
 * never extracted, with a cap on the number of entries), legacy Word and Excel by the OLE2 signature and
 * their main stream's name, and plain text or CSV only for {@code .txt}/{@code .csv} files that decode as
 * UTF-8 or Windows-1258 and are not markup. Anything else (programs, scripts, HTML, SVG, other archives)
 * is not detected, and so refused.
 */
public final class ContentTypeDetector {

    static final int MAX_ZIP_ENTRIES = 5_000;
    static final int TEXT_WINDOW = 64 * 1024;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int ZIP_END_SIGNATURE = 0x06054b50;
    private static final int ZIP_CENTRAL_SIGNATURE = 0x02014b50;
    private static final int ZIP_LOCAL_SIGNATURE = 0x04034b50;
    /** Text that a browser or a mail client would treat as a page or an image with script. */
    private static final Pattern MARKUP = Pattern.compile(
            "\\A\\s*<[!?a-zA-Z]|<\\s*(script|html|svg|iframe|object|embed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /**
     * The type of {@code content}, if it is one the product accepts. {@code extension} (lower case, no dot)
     * only decides whether text is expected; whether it fits the detected type is the caller's question.
     */
    public Optional<FileType> detect(byte[] content, String extension) {
        if (startsWith(content, 0, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of(FileType.WEBP);
        }
        if (startsWith(content, 0, ZIP)) {
            return officeArchive(content);
        }
        if (startsWith(content, 0, OLE2)) {
            return legacyOffice(content);
        }
        if ((FileType.TEXT.fits(extension) || FileType.CSV.fits(extension)) && isPlainText(content)) {
            return Optional.of(FileType.TEXT.fits(extension) ? FileType.TEXT : FileType.CSV);
        }
        return Optional.empty();
    }

    // --- ZIP: Office Open XML and OpenDocument ---

    private static Optional<FileType> officeArchive(byte[] zip) {
        Set<String> names = new HashSet<>();
        Optional<String> mimetype = Optional.empty();
        int end = findEndOfCentralDirectory(zip);
        if (end < 0) {
            return Optional.empty();
        }
        int entries = u16(zip, end + 10);
        long size = u32(zip, end + 12);
        long offset = u32(zip, end + 16);
        if (entries > MAX_ZIP_ENTRIES || offset + size > end) {
            return Optional.empty();
        }
        int position = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (position + 46 > end || u32(zip, position) != ZIP_CENTRAL_SIGNATURE) {
                return Optional.empty();
            }
            int nameLength = u16(zip, position + 28);
            int extraLength = u16(zip, position + 30);
            int commentLength = u16(zip, position + 32);
            if (position + 46 + nameLength > end) {
                return Optional.empty();
            }
            String name = new String(zip, position + 46, nameLength, StandardCharsets.UTF_8);
            names.add(name);
            if (name.equals("mimetype")) {
                mimetype = storedEntry(zip, u16(zip, position + 10), u32(zip, position + 20), u32(zip, position + 42));
            }
            position += 46 + nameLength + extraLength + commentLength;
        }
        if (names.contains("[Content_Types].xml")) {
            if (anyStartsWith(names, "word/")) {
                return Optional.of(FileType.DOCX);
            }
            if (anyStartsWith(names, "xl/")) {
                return Optional.of(FileType.XLSX);
            }
            if (anyStartsWith(names, "ppt/")) {
                return Optional.of(FileType.PPTX);
            }
            return Optional.empty();
        }
        return mimetype.map(String::strip).flatMap(type -> switch (type) {
            case "application/vnd.oasis.opendocument.text" -> Optional.of(FileType.ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(FileType.ODS);
            default -> Optional.empty();
        });
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
        int lowest = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int position = zip.length - 22; position >= lowest; position--) {
            if (u32(zip, position) == ZIP_END_SIGNATURE) {
                return position;
            }
        }
        return -1;
    }

    /** The small, uncompressed {@code mimetype} entry that OpenDocument puts first. */
    private static Optional<String> storedEntry(byte[] zip, int method, long compressedSize, long localOffset) {
        if (method != 0 || compressedSize > 200 || localOffset + 30 > zip.length
                || u32(zip, (int) localOffset) != ZIP_LOCAL_SIGNATURE) {
            return Optional.empty();
        }
        int start = (int) localOffset + 30 + u16(zip, (int) localOffset + 26) + u16(zip, (int) localOffset + 28);
        if (start + compressedSize > zip.length) {
            return Optional.empty();
        }
        return Optional.of(new String(zip, start, (int) compressedSize, StandardCharsets.US_ASCII));
    }

    private static boolean anyStartsWith(Set<String> names, String prefix) {
        return names.stream().anyMatch(name -> name.startsWith(prefix));
    }

    // --- OLE2: Word 97-2003 and Excel 97-2003 ---

    /** OLE2 holds many things (installers too); only a Word or Excel main stream makes it a document. */
    private static Optional<FileType> legacyOffice(byte[] content) {
        if (contains(content, utf16("WordDocument"))) {
            return Optional.of(FileType.DOC);
        }
        if (contains(content, utf16("Workbook")) || contains(content, utf16("Book"))) {
            return Optional.of(FileType.XLS);
        }
        return Optional.empty();
    }

    // --- Text ---

    private static boolean isPlainText(byte[] content) {
        int length = Math.min(content.length, TEXT_WINDOW);
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        boolean whole = content.length <= TEXT_WINDOW;
        Optional<String> text = decode(content, length, whole, StandardCharsets.UTF_8)
                .or(() -> decode(content, length, whole, WINDOWS_1258));
        return text.isPresent() && !MARKUP.matcher(text.get()).find();
    }

    private static Optional<String> decode(byte[] content, int length, boolean whole, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        // A window cut through a multi-byte character is not an error: only what is complete must decode.
        CoderResult result = decoder.decode(ByteBuffer.wrap(content, 0, length), out, whole);
        if (result.isError()) {
            return Optional.empty();
        }
        if (whole) {
            try {
                result = decoder.flush(out);
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
            if (result.isError()) {
                return Optional.empty();
            }
        }
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    // --- Bytes ---

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int u16(byte[] data, int offset) {
        if (offset < 0 || offset + 2 > data.length) {
            return -1;
        }
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] data, int offset) {
        if (offset < 0 || offset + 4 > data.length) {
            return -1;
        }
        return (data[offset] & 0xFFL) | (data[offset + 1] & 0xFFL) << 8 | (data[offset + 2] & 0xFFL) << 16
                | (data[offset + 3] & 0xFFL) << 24;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }
}
