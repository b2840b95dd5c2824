package vn.pcitracker.issue;

import static vn.pcitracker.issue.RecommendationImport.AGENCY;
import static vn.pcitracker.issue.RecommendationImport.ASSOCIATIONS;
import static vn.pcitracker.issue.RecommendationImport.CHANNEL;
import static vn.pcitracker.issue.RecommendationImport.CONTENT;
import static vn.pcitracker.issue.RecommendationImport.DDCI;
import static vn.pcitracker.issue.RecommendationImport.FIELD;
import static vn.pcitracker.issue.RecommendationImport.PRIORITY;
import static vn.pcitracker.issue.RecommendationImport.PUBLIC;
import static vn.pcitracker.issue.RecommendationImport.RECEIVED_ON;
import static vn.pcitracker.issue.RecommendationImport.TAX_CODES;
import static vn.pcitracker.issue.RecommendationImport.TITLE;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.issue.ImportedIssue.Firm;
import vn.pcitracker.issue.IssueImportCatalogues.Loaded;
import vn.pcitracker.issue.domain.Issue;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.TranslationKey;
import vn.pcitracker.shared.ValidationException.Violation;
import vn.pcitracker.shared.Violations;
import vn.pcitracker.shared.importing.CatalogueMatcher;
import vn.pcitracker.shared.importing.ImportCells;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportRow;
import vn.pcitracker.shared.importing.ImportText;

/**
 * Reads one row of a recommendations file into an {@link ImportedIssue}: each cell matched against the catalogues,
 * then the rules every new recommendation meets ({@link IssueIntakeRules}), each problem at its row and column.
 * A cell that already has a problem gets no second one from the rules.
 */
final class IssueImportCheck {

    static final String KEY = RecommendationImport.KEY;
    /** Where the rules' field names land in the file. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("title", TITLE, "content", CONTENT,
            "receivedOn", RECEIVED_ON, "channel", CHANNEL, "dialogueId", CHANNEL, "enterpriseIds", TAX_CODES,
            "associationIds", ASSOCIATIONS, "ddciComponentIds", DDCI, "leadAgencyId", AGENCY,
            "coordinatorAgencyIds", AGENCY);

    private final Loaded catalogues;
    private final ImportedFirmCells firms;
    private final ImportTarget target;
    private final LocalDate today;
    private final LocalDate defaultReceivedOn;
    private final WorkingDayCalendar calendar;
    private final boolean mayAssign;

    /**
     * @param dialogueHeldOn the day of the target's dialogue session, or null
     * @param mayAssign      whether the workflow lets the user assign a received issue
     */
    IssueImportCheck(Loaded catalogues, ImportTarget target, LocalDate today, LocalDate dialogueHeldOn,
                     WorkingDayCalendar calendar, boolean mayAssign) {
        this.catalogues = catalogues;
        this.firms = new ImportedFirmCells(catalogues.firmsByTaxCode());
        this.target = target;
        this.today = today;
        this.defaultReceivedOn = dialogueHeldOn == null || dialogueHeldOn.isAfter(today) ? today : dialogueHeldOn;
        this.calendar = calendar;
        this.mayAssign = mayAssign;
    }

    /** The row's recommendation, or null when the row has a problem (added to {@code problems}). */
    ImportedIssue read(ImportRow row, ImportProblems problems) {
        ImportProblems found = new ImportProblems();
        ImportCells.required(row, TITLE, found);
        String title = ImportCells.text(row, TITLE, Issue.TITLE_MAX, found);
        String content = ImportCells.required(row, CONTENT, found);
        ImportCells.required(row, FIELD, found);
        IssueFieldOption field = catalogues.fields().find(row, FIELD, found);
        LocalDate receivedOn = ImportCells.date(row, RECEIVED_ON, found);
        IssuePriority priority = catalogues.priorities().find(row, PRIORITY, found);
        IssueChannel channel = channel(row, found);
        List<Firm> rowFirms = firms.read(row, found);
        List<Long> associationIds = all(row, ASSOCIATIONS, catalogues.associations(), a -> a.id(), found);
        Set<Long> ddci = new LinkedHashSet<>(all(row, DDCI, catalogues.ddci(), IssueImportCatalogues.DdciName::id, found));
        AgencySummary agency = catalogues.agencies().find(row, AGENCY, found);
        Boolean isPublic = yesNo(row, found);
        receivedOn = receivedOn == null ? defaultReceivedOn : receivedOn;

        Violations violations = new Violations();
        IssueIntakeRules.checkText(violations, title, content);
        IssueIntakeRules.checkReceivedOn(violations, receivedOn, today);
        IssueIntakeRules.checkChannel(violations, channel, target.dialogueId());
        List<Long> firmIds = rowFirms.stream().map(firm -> firm.isNew() ? -1L : firm.enterpriseId()).toList();
        IssueIntakeRules.parties(violations, firmIds, associationIds, channel, id -> true, id -> true);
        LocalDate deadline = null;
        if (agency != null) {
            violations.check(mayAssign, "leadAgencyId", IssueService.KEY + "actionNotAllowed",
                    new TranslationKey("issue.IssueAction.ASSIGN"), new TranslationKey("issue.IssueState.RECEIVED"));
            IssueIntakeRules.checkAssignment(violations, ddci, agency.id(), Set.of(), id -> true);
            deadline = field == null ? null
                    : IssueIntakeRules.defaultDeadline(calendar, today, field.defaultDeadlineDays());
        }
        addRuleProblems(row.row(), violations, found);
        problems.addAll(found.list());
        if (!found.isEmpty()) {
            return null;
        }
        return new ImportedIssue(row.row(), Violations.clean(title), Violations.clean(content), field.id(), receivedOn,
                priority == null ? IssuePriority.NORMAL : priority, channel, target.dialogueId(), rowFirms,
                associationIds, ddci, agency == null ? null : agency.id(), deadline, Boolean.TRUE.equals(isPublic));
    }

    /** Into a dialogue: the dialogue's channel, which the cell may repeat. Else the cell's channel, or the default. */
    private IssueChannel channel(ImportRow row, ImportProblems problems) {
        IssueChannel named = catalogues.channels().find(row, CHANNEL, problems);
        if (target.dialogueId() != null) {
            if (named != null && named != IssueChannel.DIALOGUE) {
                problems.add(row.row(), CHANNEL, KEY + "channelNotDialogue", row.get(CHANNEL));
            }
            return IssueChannel.DIALOGUE;
        }
        if (named == IssueChannel.DIALOGUE) {
            problems.add(row.row(), CHANNEL, KEY + "dialogueNeeded");
        }
        return row.has(CHANNEL) ? named : target.defaultChannel();
    }

    private static <T> List<Long> all(ImportRow row, String column, CatalogueMatcher<T> catalogue,
                                      Function<T, Long> id, ImportProblems problems) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : ImportedFirmCells.split(row.get(column))) {
            T found = catalogue.find(new ImportRow(row.row(), Map.of(column, name)), column, problems);
            if (found != null) {
                ids.add(id.apply(found));
            }
        }
        return List.copyOf(ids);
    }

    private static Boolean yesNo(ImportRow row, ImportProblems problems) {
        String key = ImportText.key(row.get(PUBLIC));
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "co", "yes", "y", "x", "1", "true", "c" -> true;
            case "khong", "no", "n", "0", "false", "k" -> false;
            default -> {
                problems.add(row.row(), PUBLIC, KEY + "notYesNo", row.get(PUBLIC));
                yield null;
            }
        };
    }

    private static void addRuleProblems(int row, Violations violations, ImportProblems found) {
        for (Violation violation : violations.list()) {
            String column = COLUMN_OF_FIELD.get(violation.field());
            boolean cellHasOne = found.list().stream().anyMatch(problem -> Objects.equals(problem.column(), column));
            if (!cellHasOne) {
                found.add(new ImportProblem(row, column, violation.messageKey(), violation.args()));
            }
        }
    }
}
