package vn.pcitracker.shared.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files for the reader's tests, made on the spot: workbooks, CSV in any encoding, and hostile archives. */
final class Files {

    private Files() {
    }

    /** A workbook with one sheet named "Sheet1", filled by the consumer. */
    static byte[] xlsx(Consumer<Worksheet> fill) {
        return workbook(workbook -> fill.accept(workbook.newWorksheet("Sheet1")));
    }

    static byte[] workbook(Consumer<Workbook> fill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            fill.accept(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the rows of cells from row 0 (the header) down. */
    static void rows(Worksheet sheet, String[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
        }
    }

    /**
     * The text as Vietnamese Windows (Windows-1258) writes it: letters like ơ, â, đ are single bytes, tone marks are
     * separate combining bytes after them ("ở" is ơ followed by the hook above).
     */
    static byte[] windows1258(String text) {
        Charset charset = Charset.forName("windows-1258");
        StringBuilder decomposed = new StringBuilder();
        text.codePoints().forEach(c -> {
            String letter = Character.toString(c);
            if (charset.newEncoder().canEncode(letter)) {
                decomposed.append(letter);
                return;
            }
            String parts = Normalizer.normalize(letter, Normalizer.Form.NFD);
            String tone = parts.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            decomposed.append(Normalizer.normalize(parts.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    Normalizer.Form.NFC)).append(tone);
        });
        return decomposed.toString().getBytes(charset);
    }

    /** A zip holding the named entries, each {@code size} zero bytes (which compress about a thousand times). */
    static byte[] zip(long size, String... names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] zeros = new byte[64 * 1024];
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                for (long written = 0; written < size; written += zeros.length) {
                    zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
