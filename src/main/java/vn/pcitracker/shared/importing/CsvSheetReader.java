package vn.pcitracker.shared.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8 with or without a byte order mark, UTF-16 with one (Excel's "Unicode text"), else
 * Windows-1258 (Vietnamese Windows, whose tone marks are combining characters, hence NFC); comma, semicolon or tab
 * separated, whichever the header line holds most of. A text starting with {@code =} is plain text here. Lines
 * starting with {@code "# "} before the header are comments (our reference files open with a few saying where the
 * figures come from) and are skipped, their row numbers kept.
 */
final class CsvSheetReader {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private CsvSheetReader() {
    }

    static ReadSheet read(byte[] bytes, int maxRows) {
        String decoded = decode(bytes);
        if (decoded == null || looksBinary(decoded)) {
            return ReadSheet.failed(SpreadsheetReader.KEY + "notASpreadsheet");
        }
        String text = withoutLeadingComments(decoded);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        SheetCollector collector = new SheetCollector(maxRows);
        int rowNumber = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                rowNumber++;
                collector.accept(rowNumber, record.toList(), Map.of());
                if (collector.full()) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return ReadSheet.failed(SpreadsheetReader.KEY + "malformedCsv", rowNumber + 1);
        }
        return collector.finish(null, 1);
    }

    /** The text, or null when the bytes are no text in any encoding we accept. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strictUtf8(bytes, 0);
        String text = utf8 != null ? utf8 : new String(bytes, WINDOWS_1258);
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The text with each line before the header that starts with {@code #} emptied, so that row numbers stay. */
    static String withoutLeadingComments(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(at, next).strip();
            if (!line.isEmpty() && !isComment(line)) {
                break;
            }
            if (line.isEmpty()) {
                kept.append(text, at, next);
            } else if (end >= 0) {
                kept.append('\n');
            }
            at = next;
        }
        return kept.append(text, at, text.length()).toString();
    }

    /** "# where the figures come from", but not a header whose first cell is "#" (a row number column, "#,Tên"). */
    private static boolean isComment(String line) {
        return line.startsWith("#") && (line.length() == 1 || Character.isWhitespace(line.charAt(1))
                || line.charAt(1) == '#');
    }

    /** NUL or other control characters (besides tab, CR, LF and form feed) do not occur in a spreadsheet's text. */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                controls++;
            }
        }
        return controls > sample / 100 || text.startsWith("%PDF");
    }

    /** The separator the header line (outside quotes) holds most of; comma when it holds none. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
