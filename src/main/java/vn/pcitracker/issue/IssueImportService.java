package vn.pcitracker.issue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.issue.ImportedIssue.Firm;
import vn.pcitracker.issue.IssueAccess.Me;
import vn.pcitracker.issue.IssueBatchWriter.NewRow;
import vn.pcitracker.issue.IssueBatchWriter.Written;
import vn.pcitracker.organization.EnterpriseForm;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.shared.TranslationKey;
import vn.pcitracker.shared.ValidationException;
import vn.pcitracker.shared.Violations;
import vn.pcitracker.shared.importing.ImportLink;
import vn.pcitracker.shared.importing.ImportPreview;
import vn.pcitracker.shared.importing.ImportProblem;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportProgress;
import vn.pcitracker.shared.importing.ImportResult;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * Recommendations from a file ({@link RecommendationImport}), typically everything raised at one dialogue session:
 * a preview that checks every row, and an import of all rows or none that checks them again. The rules are those of
 * {@link IssueService#create} ({@link IssueIntakeRules}); only those who may log a recommendation may import.
 * Duplicates are refused: two rows with the same title, or a row with the title of an open recommendation. A firm
 * named by a valid tax code that the register does not know is added to it in the same transaction. A row naming a
 * lead agency is assigned to it as {@link IssueService#assign} would, with the field's default deadline.
 */
@Service
public class IssueImportService {

    private static final String KEY = RecommendationImport.KEY;
    /** Imports wait for each other, so that two files with the same title cannot both pass the duplicate check. */
    private static final long IMPORT_LOCK = 0x1550E_1A7L;

    private final IssueImportCatalogues catalogues;
    private final IssueTitleKeys titleKeys;
    private final IssueBatchWriter writer;
    private final IssueAccess access;
    private final IssueClock clock;
    private final WorkingDayCalendar calendar;
    private final EnterpriseService enterprises;
    private final JdbcTemplate jdbc;

    IssueImportService(IssueImportCatalogues catalogues, IssueTitleKeys titleKeys, IssueBatchWriter writer,
                       IssueAccess access, IssueClock clock, WorkingDayCalendar calendar, EnterpriseService enterprises,
                       JdbcTemplate jdbc) {
        this.catalogues = catalogues;
        this.titleKeys = titleKeys;
        this.writer = writer;
        this.access = access;
        this.clock = clock;
        this.calendar = calendar;
        this.enterprises = enterprises;
        this.jdbc = jdbc;
    }

    /** What the rows would become, or every problem by row and column; stores nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(IssueService.INVESTMENT)
    public ImportPreview<ImportedIssue> preview(List<ImportRow> rows, ImportTarget target) {
        Me me = mayImport();
        return check(rows, target, me, ImportProgress.NONE);
    }

    /**
     * Checks the rows again and logs all of them, or none and returns the problems. Progress counts the check as the
     * first half of the work and the writing as the second.
     */
    @Transactional
    @PreAuthorize(IssueService.INVESTMENT)
    public ImportResult importAll(List<ImportRow> rows, ImportTarget target, ImportProgress progress) {
        Me me = mayImport();
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, IMPORT_LOCK);
        int total = rows.size() * 2;
        ImportPreview<ImportedIssue> checked = check(rows, target, me, (done, all) -> progress.rowsDone(done, total));
        if (!checked.valid()) {
            return ImportResult.refused(checked.problems());
        }
        Map<String, Long> newFirms = registerNewFirms(checked.records());
        IssueState assigned = assignedState(me).orElse(null);
        List<NewRow> newRows = checked.records().stream().map(issue -> newRow(issue, newFirms, assigned)).toList();
        List<Written> written = writer.write(newRows, me, clock.now(), clock.today(),
                (done, all) -> progress.rowsDone(rows.size() + done, total));
        List<ImportLink> links = written.stream()
                .map(issue -> new ImportLink(issue.code() + " – " + issue.title(), "issues/" + issue.id())).toList();
        return ImportResult.imported(written.size(), 0, 0, links);
    }

    private Me mayImport() {
        Me me = access.me();
        if (!IssueWorkflow.mayCreate(me.role())) {
            throw new ValidationException(null, IssueService.KEY + "actionNotAllowed",
                    new TranslationKey("issue.IssueAction." + IssueAction.CREATE.name()), "—");
        }
        return me;
    }

    private ImportPreview<ImportedIssue> check(List<ImportRow> rows, ImportTarget target, Me me,
                                               ImportProgress progress) {
        Optional<DialogueRef> dialogue = target.dialogueId() == null ? Optional.empty()
                : catalogues.dialogue(target.dialogueId());
        if (target.dialogueId() != null && dialogue.isEmpty()) {
            return ImportPreview.refused(List.of(ImportProblem.ofFile(IssueService.KEY + "unknownDialogue")));
        }
        List<String> taxCodes = rows.stream().flatMap(row -> ImportedFirmCells.taxCodes(row).stream()).toList();
        IssueImportCheck check = new IssueImportCheck(catalogues.load(clock.today(), taxCodes), target, clock.today(),
                dialogue.map(DialogueRef::heldOn).orElse(null), calendar, assignedState(me).isPresent());
        ImportProblems problems = new ImportProblems();
        List<ImportedIssue> read = new ArrayList<>(rows.size());
        for (int n = 0; n < rows.size(); n++) {
            ImportedIssue issue = check.read(rows.get(n), problems);
            if (issue != null) {
                read.add(issue);
            }
            if ((n + 1) % IssueBatchWriter.BATCH == 0) {
                progress.rowsDone(n + 1, rows.size());
            }
        }
        duplicates(rows, problems);
        Set<Integer> refused = problems.list().stream().map(ImportProblem::row).collect(Collectors.toSet());
        List<ImportedIssue> valid = read.stream().filter(issue -> !refused.contains(issue.row())).toList();
        progress.rowsDone(rows.size(), rows.size());
        return new ImportPreview<>(valid, problems.list().stream()
                .sorted(Comparator.comparingInt(ImportProblem::row)).toList());
    }

    /** Same title (by {@link IssueTitleKeys}) as an earlier row, or as an open recommendation. */
    private void duplicates(List<ImportRow> rows, ImportProblems problems) {
        List<String> keys = titleKeys.keys(rows.stream().map(row -> row.get(RecommendationImport.TITLE)).toList());
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            ImportRow row = rows.get(n);
            if (keys.get(n) != null) {
                Integer first = firstRow.putIfAbsent(keys.get(n), row.row());
                if (first != null) {
                    problems.duplicate(row.row(), RecommendationImport.TITLE, row.get(RecommendationImport.TITLE), first);
                }
            }
        }
        Map<String, String> open = titleKeys.openCodes(firstRow.keySet());
        for (int n = 0; n < rows.size(); n++) {
            String code = keys.get(n) == null ? null : open.get(keys.get(n));
            if (code != null) {
                problems.add(rows.get(n).row(), RecommendationImport.TITLE, KEY + "duplicateOpen", code);
            }
        }
    }

    /** Adds the firms the register does not know yet, each once, through the organization module's rules. */
    private Map<String, Long> registerNewFirms(Collection<ImportedIssue> issues) {
        Map<String, String> names = new LinkedHashMap<>();
        issues.forEach(issue -> issue.firms().stream().filter(Firm::isNew)
                .forEach(firm -> names.putIfAbsent(firm.taxCode(), firm.name())));
        Map<String, Long> ids = new HashMap<>();
        names.forEach((taxCode, name) -> ids.put(taxCode, enterprises.create(
                new EnterpriseForm(taxCode, name, null, null, null, null, null)).id()));
        return ids;
    }

    /** Where the workflow takes a received issue that this user assigns; empty when they may not. */
    private static Optional<IssueState> assignedState(Me me) {
        return IssueWorkflow.target(IssueState.RECEIVED, IssueAction.ASSIGN, IssueWorkflow.Standing.of(me.role()));
    }

    private static NewRow newRow(ImportedIssue issue, Map<String, Long> newFirms, IssueState assigned) {
        List<Long> firmIds = issue.firms().stream()
                .map(firm -> firm.isNew() ? newFirms.get(firm.taxCode()) : firm.enterpriseId()).toList();
        Violations violations = new Violations();
        var parties = IssueIntakeRules.parties(violations, firmIds, issue.associationIds(), issue.channel(),
                id -> true, id -> true);
        violations.throwIfAny();
        return new NewRow(issue, parties, issue.leadAgencyId() == null ? IssueState.RECEIVED : assigned);
    }
}
