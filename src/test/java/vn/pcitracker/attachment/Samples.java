package vn.pcitracker.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal but real files, built in memory: only their first bytes or their ZIP directory matter here. */
final class Samples {

    private Samples() {
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
                "IHDR".getBytes(StandardCharsets.US_ASCII), new byte[13]);
    }

    static byte[] jpeg() {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
                "JFIF\0".getBytes(StandardCharsets.US_ASCII), new byte[20]);
    }

    static byte[] webp() {
        return concat("RIFF".getBytes(StandardCharsets.US_ASCII), new byte[] {26, 0, 0, 0},
                "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), new byte[18]);
    }

    static byte[] exe() {
        return concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[58], new byte[] {(byte) 0x80, 0, 0, 0},
                "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>", "word/document.xml", "<w:document/>");
    }

    static byte[] xlsx() {
        return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    static byte[] pptx() {
        return zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p:presentation/>");
    }

    /** A ZIP that is no Office document: what a renamed archive of anything looks like. */
    static byte[] plainZip() {
        return zip("readme.txt", "hello", "run.bat", "echo hi");
    }

    static byte[] odt() {
        return openDocument("application/vnd.oasis.opendocument.text");
    }

    static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet");
    }

    static byte[] openDocument(String mimetype) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // OpenDocument's first entry: "mimetype", stored uncompressed.
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            entry.setCompressedSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An OLE2 compound file whose directory names the stream (UTF-16LE), as Word and Excel files do. */
    static byte[] ole2(String streamName) {
        return concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                new byte[504], "Root Entry".getBytes(StandardCharsets.UTF_16LE), new byte[54],
                streamName.getBytes(StandardCharsets.UTF_16LE), new byte[40]);
    }

    static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
