package vn.pcitracker.commitment.ui;

import com.vaadin.flow.component.Component;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pcitracker.commitment.CheckInStatus;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentDetails.CheckInEntry;
import vn.pcitracker.commitment.CommitmentDetails.CriterionResult;
import vn.pcitracker.commitment.CommitmentDetails.CriterionView;
import vn.pcitracker.commitment.CommitmentDetails.UnitScore;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportColumn;
import vn.pcitracker.shared.export.ExportFormat;
import vn.pcitracker.shared.export.TableExport;

/**
 * The two tables of a commitment's page to Excel or CSV: the units' scorecard (one row per unit and criterion, with
 * the figures the score is computed from) and the check-in history, newest quarter first. Each download reads the
 * commitment again, as the user may see it then. Texts are resolved when the page is built.
 */
final class CommitmentPageExport {

    static final String SCORECARD_FILE = "bang-diem-giao-uoc";
    static final String CHECK_INS_FILE = "bao-cao-quy-giao-uoc";

    private static final String KEY = "commitment.CommitmentPageExport.";
    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A scorecard row: a unit's result on a criterion. */
    record ScoreLine(CommitmentDetails commitment, UnitScore unit, CriterionView criterion, CriterionResult result) {
    }

    /** A check-in row. */
    record CheckInLine(CommitmentDetails commitment, CheckInEntry entry) {
    }

    private final Locale locale;
    private final Map<Long, AgencySummary> agencies;
    private final Supplier<Optional<CommitmentDetails>> commitment;
    private final TableExport<ScoreLine> scorecard;
    private final TableExport<CheckInLine> checkIns;
    private final UnaryOperator<String> scorecardTexts;
    private final UnaryOperator<String> checkInTexts;

    /** @param commitment reads the commitment shown, as the user may see it now; empty when they no longer may */
    CommitmentPageExport(Component owner, Locale locale, Map<Long, AgencySummary> agencies,
                         Supplier<Optional<CommitmentDetails>> commitment) {
        this.locale = locale;
        this.agencies = agencies;
        this.commitment = commitment;
        String yes = owner.getTranslation(locale, KEY + "yes");
        this.scorecard = scorecardTable(yes);
        this.checkIns = checkInTable(yes, Arrays.stream(CheckInStatus.values()).collect(Collectors.toUnmodifiableMap(Function.identity(),
                        status -> owner.getTranslation(locale, status.labelKey()))));
        this.scorecardTexts = scorecard.resolvedTexts(key -> owner.getTranslation(locale, key));
        this.checkInTexts = checkIns.resolvedTexts(key -> owner.getTranslation(locale, key));
    }

    ExportButtons scorecardButtons() {
        return new ExportButtons(SCORECARD_FILE, this::writeScorecard);
    }

    ExportButtons checkInButtons() {
        return new ExportButtons(CHECK_INS_FILE, this::writeCheckIns);
    }

    /** Writes the scorecard, units in the page's order, each with every criterion; outside the UI lock. */
    void writeScorecard(ExportFormat format, OutputStream out) {
        Stream<ScoreLine> lines = commitment.get().stream().flatMap(c -> c.unitScores().stream()
                .flatMap(unit -> c.criteria().stream().map(criterion -> new ScoreLine(c, unit, criterion,
                        unit.criteria().stream().filter(r -> r.criterionId() == criterion.id()).findFirst().orElseThrow()))));
        scorecard.write(format, lines, out, locale, scorecardTexts);
    }

    /** Writes the check-ins, newest quarter first as on the page; outside the UI lock. */
    void writeCheckIns(ExportFormat format, OutputStream out) {
        Stream<CheckInLine> lines = commitment.get().stream().flatMap(c -> c.checkIns().stream()
                .sorted(Comparator.comparing(CheckInEntry::year).thenComparing(CheckInEntry::quarter)
                        .thenComparing(CheckInEntry::recordedAt).reversed())
                .map(entry -> new CheckInLine(c, entry)));
        checkIns.write(format, lines, out, locale, checkInTexts);
    }

    private TableExport<ScoreLine> scorecardTable(String yes) {
        return TableExport.of(KEY + "scorecardSheet",
                ExportColumn.text(KEY + "unit", 36, line -> unitName(line.commitment(), line.unit().unitId())),
                ExportColumn.decimal(KEY + "unitScore", 12, line -> oneDecimal(line.unit().score())),
                ExportColumn.text(KEY + "criterion", 44, line -> line.criterion().name()),
                ExportColumn.integer(KEY + "weight", 10, line -> line.criterion().weight()),
                ExportColumn.text(KEY + "unitOfMeasure", 12, line -> line.criterion().unit()),
                ExportColumn.decimal(KEY + "baseline", 12, line -> plain(line.criterion().baseline())),
                ExportColumn.decimal(KEY + "target", 12, line -> plain(line.criterion().target())),
                ExportColumn.decimal(KEY + "value", 14, line -> plain(line.result().value())),
                ExportColumn.decimal(KEY + "liveNow", 14, line -> plain(line.result().liveNow())),
                ExportColumn.decimal(KEY + "achievement", 12, line -> oneDecimal(line.result().achievement() * 100)),
                ExportColumn.decimal(KEY + "points", 10,
                        line -> oneDecimal(line.result().achievement() * line.criterion().weight())),
                ExportColumn.text(KEY + "stretchReached", 14, line -> line.result().stretchReached() ? yes : null));
    }

    private TableExport<CheckInLine> checkInTable(String yes, Map<CheckInStatus, String> statuses) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return TableExport.of(KEY + "checkInSheet",
                ExportColumn.integer(KEY + "year", 8, line -> line.entry().year()),
                ExportColumn.integer(KEY + "quarter", 8, line -> line.entry().quarter()),
                ExportColumn.text(KEY + "unit", 36, line -> unitName(line.commitment(), line.entry().unitId())),
                ExportColumn.text(KEY + "criterion", 44, line -> line.commitment().criterion(line.entry().criterionId()).name()),
                ExportColumn.decimal(KEY + "checkInValue", 14, line -> plain(line.entry().value())),
                ExportColumn.text(KEY + "unitOfMeasure", 12,
                        line -> line.commitment().criterion(line.entry().criterionId()).unit()),
                ExportColumn.text(KEY + "computed", 12, line -> line.entry().computed() ? yes : null),
                ExportColumn.text(KEY + "status", 20, line -> statuses.get(line.entry().status())),
                ExportColumn.text(KEY + "superseded", 16, line -> line.entry().current() ? null : yes),
                ExportColumn.text(KEY + "note", 44, line -> line.entry().note()),
                ExportColumn.text(KEY + "recordedBy", 24, line -> line.entry().recordedByName()),
                ExportColumn.date(KEY + "recordedOn", 12,
                        line -> line.entry().recordedAt().atZone(PROVINCE_TIME).toLocalDate()),
                ExportColumn.text(KEY + "recordedAt", 10, line -> time.format(line.entry().recordedAt().atZone(PROVINCE_TIME))));
    }

    private String unitName(CommitmentDetails c, long unitId) {
        return CommitmentTexts.unitName(c.unit(unitId), agencies, locale);
    }

    /** 95.0000 as stored is written 95 (and 100 stays 100, not 1E+2): the figure as typed. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
