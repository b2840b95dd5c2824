package vn.pcitracker.licensing.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LegalBasisSummary;
import vn.pcitracker.licensing.LineOutcome;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The conditional business lines, as searched and sorted, to Excel or CSV: both names, validity as date cells and
 * what each line became in the next version of its legal basis. Texts are resolved when the view is built.
 */
final class ConditionalLineExport {

    static final String FILE_NAME = "nganh-nghe-co-dieu-kien";

    private static final String KEY = "licensing.ConditionalLineExport.";

    /** A row: a line and the line it became (null: none). */
    record Line(ConditionalLineSummary line, ConditionalLineSummary next) {
    }

    private final Locale locale;
    private final TableExport<Line> table;
    private final UnaryOperator<String> texts;

    ConditionalLineExport(Component owner, Locale locale, Map<Long, LegalBasisSummary> bases) {
        this.locale = locale;
        Map<LineOutcome, String> outcomes = Arrays.stream(LineOutcome.values()).collect(Collectors.toUnmodifiableMap(
                Function.identity(), outcome -> owner.getTranslation(locale, outcome.labelKey())));
        Function<ConditionalLineSummary, String> basis = line -> bases.containsKey(line.legalBasisId())
                ? bases.get(line.legalBasisId()).name(locale) : line.legalBasisCode();
        this.table = TableExport.of(KEY + "sheet",
                ExportColumn.text(KEY + "legalBasis", 36, row -> basis.apply(row.line())),
                ExportColumn.integer(KEY + "number", 8, row -> row.line().number()),
                ExportColumn.text(KEY + "nameVi", 60, row -> row.line().nameVi()),
                ExportColumn.text(KEY + "nameEn", 50, row -> row.line().nameEn()),
                ExportColumn.text(KEY + "ministry", 28, row -> row.line().managingMinistry()),
                ExportColumn.date(KEY + "validFrom", 12, row -> row.line().validFrom()),
                ExportColumn.date(KEY + "validTo", 12, row -> row.line().validTo()),
                ExportColumn.text(KEY + "nextOutcome", 24, row -> row.line().nextOutcome() == null ? null
                        : outcomes.get(row.line().nextOutcome())),
                ExportColumn.text(KEY + "nextLegalBasis", 36, row -> row.next() == null ? null : basis.apply(row.next())),
                ExportColumn.integer(KEY + "nextNumber", 10, row -> row.next() == null ? null : row.next().number()),
                ExportColumn.text(KEY + "sourceUrl", 40, row -> row.line().sourceUrl()));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /**
     * Writes the lines in the order given; called by the download, outside the UI lock.
     *
     * @param nextLines the lines they became, by id
     */
    void write(ExportFormat format, OutputStream out, List<ConditionalLineSummary> lines,
               Map<Long, ConditionalLineSummary> nextLines) {
        table.write(format, lines.stream().map(line -> new Line(line,
                line.nextLineId() == null ? null : nextLines.get(line.nextLineId()))), out, locale, texts);
    }
}
