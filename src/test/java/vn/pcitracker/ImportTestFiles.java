package vn.pcitracker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;
import vn.pcitracker.shared.importing.ImportDefinition;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.ImportSession;
import vn.pcitracker.shared.importing.ImportSessions;
import vn.pcitracker.shared.importing.Importer;
import vn.pcitracker.shared.importing.ImportProgress;

/**
 * Files for import tests, written as users send them: CSV text, or an Excel workbook (the shared export's writer)
 * with the same header and rows; and a file taken through an import session (read, mapped, checked, committed)
 * as the wizard does.
 */
public final class ImportTestFiles {

    private ImportTestFiles() {
    }

    /** UTF-8 lines joined with a newline. */
    public static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The same table as a workbook: the first CSV line is the header, the others the rows (simple commas only). */
    public static byte[] xlsx(String... csvLines) {
        List<String> header = Arrays.asList(csvLines[0].split(",", -1));
        List<List<String>> rows = Arrays.stream(csvLines).skip(1)
                .map(line -> Arrays.asList(line.split(",", -1))).toList();
        List<ExportColumn<List<String>>> columns = IntStream.range(0, header.size())
                .mapToObj(index -> ExportColumn.<List<String>>text("h" + index, 20,
                        row -> index < row.size() && !row.get(index).isEmpty() ? row.get(index) : null))
                .toList();
        UnaryOperator<String> texts = key -> key.equals("sheet") ? "Sheet" : header.get(Integer.parseInt(key.substring(1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableExport<>("sheet", columns).write(ExportFormat.XLSX, rows.stream(), out, Locale.of("vi"), texts);
        return out.toByteArray();
    }

    /** The preview the wizard shows for the file. */
    public static <R> ImportPreview<R> preview(ImportSessions sessions, ImportDefinition definition, byte[] file,
                                               Function<List<ImportRow>, ImportPreview<R>> check) {
        return sessions.open(definition, file, "test").preview(check);
    }

    /** What the wizard's confirmation does with the file. */
    public static ImportResult commit(ImportSessions sessions, ImportDefinition definition, byte[] file,
                                      Importer importer) {
        ImportSession session = sessions.open(definition, file, "test");
        return session.commit(importer, ImportProgress.NONE);
    }
}
