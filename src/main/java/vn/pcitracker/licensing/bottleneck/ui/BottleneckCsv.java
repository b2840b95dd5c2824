package vn.pcitracker.licensing.bottleneck.ui;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.pcitracker.licensing.bottleneck.BottleneckListItem;
import vn.pcitracker.shared.i18n.LocaleFormats;

/** The register's rows as a UTF-8 CSV (with a BOM, so that spreadsheet programs read Vietnamese correctly). */
final class BottleneckCsv {

    private static final String KEY = "licensing.BottleneckCsv.";
    private static final List<String> COLUMNS = List.of("code", "title", "state", "agency", "ownerAgency", "procedureCode",
            "procedureName", "statutoryDays", "reducedDays", "line", "latestMedianDays", "identifiedOn", "targetDate", "public");

    private BottleneckCsv() {
    }

    static byte[] write(List<BottleneckListItem> rows, BottleneckChoices.Lists lists, Component owner) {
        Locale locale = lists.locale();
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            csv.printRecord(COLUMNS.stream().map(column -> owner.getTranslation(locale, KEY + column)).toList());
            for (BottleneckListItem row : rows) {
                csv.printRecord(row.code(), row.title(), owner.getTranslation(locale, "licensing.BottleneckState." + row.state().name()),
                        lists.agencyName(row.agencyId()), lists.agencyName(row.ownerAgencyId()), row.procedureCode(),
                        row.procedureName(), row.statutoryDays(), row.reducedDays() == null ? "" : row.reducedDays(),
                        row.lineLabel() == null ? "" : row.lineLabel(),
                        row.latestMedianDays() == null ? "" : row.latestMedianDays().toPlainString(),
                        LocaleFormats.date(row.identifiedOn(), locale), LocaleFormats.date(row.targetDate(), locale),
                        owner.getTranslation(locale, KEY + (row.isPublic() ? "yes" : "no")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
