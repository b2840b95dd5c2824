package vn.pcitracker.scorecard.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.pcitracker.indicator.DdciResultSummary;
import vn.pcitracker.issue.Measure;
import vn.pcitracker.scorecard.AgencyScorecard;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The internal scorecard for the period shown to Excel or CSV, one row per agency: each measure as shown (a rate in
 * percent, a mean to one decimal) with the two counts it rests on, then the official DDCI beside it. Every row says
 * in its last column that these are the product's own measures, not the official DDCI, because a CSV has no title
 * to say it.
 */
final class ScorecardExport {

    static final String FILE_NAME = "bang-diem-noi-bo";

    private static final String KEY = "scorecard.ScorecardExport.";

    /** A row: an agency's scorecard for the period from .. to. */
    record Line(AgencyScorecard card, LocalDate from, LocalDate to) {
    }

    private final Locale locale;
    private final TableExport<Line> table;
    private final UnaryOperator<String> texts;

    ScorecardExport(Component owner, Locale locale) {
        this.locale = locale;
        String yes = owner.getTranslation(locale, KEY + "yes");
        String nature = owner.getTranslation(locale, KEY + "natureValue");
        this.table = new TableExport<>(KEY + "sheet", columns(yes, nature));
        this.texts = table.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    /** Writes the agencies' rows in the order given; called by the download, outside the UI lock. */
    void write(ExportFormat format, OutputStream out, List<AgencyScorecard> cards, LocalDate from, LocalDate to) {
        table.write(format, cards.stream().map(card -> new Line(card, from, to)), out, locale, texts);
    }

    private List<ExportColumn<Line>> columns(String yes, String nature) {
        List<ExportColumn<Line>> columns = new ArrayList<>(List.of(
                ExportColumn.text(KEY + "agency", 36, line -> line.card().agencyName(locale)),
                ExportColumn.date(KEY + "from", 12, Line::from),
                ExportColumn.date(KEY + "to", 12, Line::to)));
        columns.addAll(measure("onTime", AgencyScorecard::onTime, true));
        columns.addAll(measure("averageWorkingDays", AgencyScorecard::averageWorkingDays, false));
        columns.addAll(measure("satisfaction766", AgencyScorecard::satisfaction766, true));
        columns.addAll(measure("reopened", AgencyScorecard::reopened, true));
        columns.addAll(List.of(
                ExportColumn.integer(KEY + "overdueNow", 12, line -> line.card().overdueNow()),
                ExportColumn.integer(KEY + "bottlenecksOpen", 14, line -> line.card().bottlenecks().open()),
                ExportColumn.integer(KEY + "bottlenecksFixed", 14, line -> line.card().bottlenecks().fixed()),
                ExportColumn.decimal(KEY + "commitment", 14, line -> line.card().commitment() == null ? null
                        : oneDecimal(line.card().commitment().unitScore())),
                ExportColumn.text(KEY + "commitmentTitle", 40, line -> line.card().commitment() == null ? null
                        : line.card().commitment().commitmentTitle())));
        columns.addAll(official(yes));
        columns.add(ExportColumn.text(KEY + "nature", 60, line -> nature));
        return columns;
    }

    /** The official DDCI result beside the agency's row, when there is one. */
    private static List<ExportColumn<Line>> official(String yes) {
        Function<Line, DdciResultSummary> official = line -> line.card().officialDdci();
        return List.of(
                ExportColumn.decimal(KEY + "ddciScore", 12, line -> ifAny(official.apply(line), DdciResultSummary::score)),
                ExportColumn.integer(KEY + "ddciRank", 10, line -> ifAny(official.apply(line), DdciResultSummary::rank)),
                ExportColumn.text(KEY + "ddciBand", 12, line -> ifAny(official.apply(line), DdciResultSummary::band)),
                ExportColumn.integer(KEY + "ddciYear", 10, line -> ifAny(official.apply(line), DdciResultSummary::year)),
                ExportColumn.text(KEY + "ddciSynthetic", 12,
                        line -> ifAny(official.apply(line), result -> result.synthetic() ? yes : null)));
    }

    /** The measure as shown (a rate in percent or a mean, to one decimal), then its numerator and denominator. */
    private static List<ExportColumn<Line>> measure(String name, Function<AgencyScorecard, Measure> measure, boolean rate) {
        return List.of(
                ExportColumn.decimal(KEY + name, 14, line -> {
                    Measure value = measure.apply(line.card());
                    return value.rate().isEmpty() ? null : oneDecimal(value.rate().getAsDouble() * (rate ? 100 : 1));
                }),
                ExportColumn.integer(KEY + name + "Numerator", 12, line -> measure.apply(line.card()).numerator()),
                ExportColumn.integer(KEY + name + "Denominator", 12, line -> measure.apply(line.card()).denominator()));
    }

    private static <T> T ifAny(DdciResultSummary result, Function<DdciResultSummary, T> value) {
        return result == null ? null : value.apply(result);
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
