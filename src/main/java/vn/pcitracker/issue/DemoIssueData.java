package vn.pcitracker.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.issue.domain.IssueRepository;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.EnterpriseService;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;
import vn.pcitracker.security.DemoUsers;

/**
 * Demo recommendations ({@code data/demo/issues.csv}), logged and moved through the real workflow by the demo
 * users themselves, so that every timeline entry is one the application could have produced. Loaded once:
 * a title already present as a synthetic issue is left alone.
 */
@Component
class DemoIssueData implements ReferenceDataSet {

    private final IssueService issues;
    private final IssueRepository repository;
    private final IssueFieldService fields;
    private final DdciService ddci;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final EnterpriseService enterprises;
    private final DialogueDirectory dialogues;
    private final DemoUsers users;
    private final IssueClock clock;

    DemoIssueData(IssueService issues, IssueRepository repository, IssueFieldService fields, DdciService ddci,
                  AgencyService agencies, AssociationService associations, EnterpriseService enterprises,
                  DialogueDirectory dialogues, DemoUsers users, IssueClock clock) {
        this.issues = issues;
        this.repository = repository;
        this.fields = fields;
        this.ddci = ddci;
        this.agencies = agencies;
        this.associations = associations;
        this.enterprises = enterprises;
        this.dialogues = dialogues;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        LoadResult.Counter counter = LoadResult.counter("demo issues");
        for (CsvRow row : files.read("demo/issues.csv")) {
            if (repository.existsByTitleAndSyntheticTrue(row.text("title"))) {
                counter.updated(false);
                continue;
            }
            IssueDetails created = users.as("investment", () -> issues.create(newIssue(row)));
            repository.findById(created.id()).orElseThrow().setSynthetic(true);
            for (String step : row.list("steps")) {
                created = step(row, step, created);
            }
            counter.inserted();
        }
        return counter.result();
    }

    private NewIssue newIssue(CsvRow row) {
        String dialogueTitle = row.optional("dialogue_title");
        Long dialogueId = dialogueTitle == null ? null : dialogues.recent(200).stream()
                .filter(d -> d.title().equals(dialogueTitle)).map(DialogueRef::id).findFirst()
                .orElseThrow(() -> row.problem("unknown dialogue " + dialogueTitle));
        long fieldId = fields.fields().stream().filter(f -> f.code().equals(row.text("field_code"))).map(IssueFieldOption::id)
                .findFirst().orElseThrow(() -> row.problem("unknown field"));
        List<Long> associationIds = new ArrayList<>();
        if (row.optional("association_code") != null) {
            associationIds.add(associations.findByCode(row.text("association_code")).orElseThrow(() -> row.problem("unknown association")).id());
        }
        List<Long> enterpriseIds = new ArrayList<>();
        if (row.optional("enterprise_tax_code") != null) {
            enterpriseIds.add(enterprises.findByTaxCode(row.text("enterprise_tax_code")).orElseThrow(() -> row.problem("unknown enterprise")).id());
        }
        return new NewIssue(row.text("title"), row.text("content"), row.enumValue("channel", IssueChannel.class), dialogueId,
                fieldId, IssuePriority.NORMAL, enterpriseIds, associationIds, Set.of(ddciComponent(row)),
                row.bool("public", false), clock.today().minusDays(row.integer("days_ago")));
    }

    private long ddciComponent(CsvRow row) {
        return ddci.catalogues().stream().filter(c -> c.code().equals(row.text("ddci_catalogue"))).findFirst()
                .flatMap(catalogue -> ddci.components(catalogue.id()).stream()
                        .filter(c -> c.code().equals(row.text("ddci_component"))).findFirst())
                .orElseThrow(() -> row.problem("unknown DDCI component")).id();
    }

    /** Each move by whoever would make it: the demo agency officer for Sở Xây dựng, the association for its feedback. */
    private IssueDetails step(CsvRow row, String step, IssueDetails issue) {
        boolean leadIsDemoAgency = "S-XD".equals(row.optional("lead_agency_code"));
        boolean partyIsDemoAssociation = "HHDN-HP".equals(row.optional("association_code"));
        return switch (step) {
            case "classify" -> users.as("investment", () -> issues.classify(issue.id(), null, issue.version()));
            case "assign" -> users.as("investment", () -> issues.assign(issue.id(), assignment(row), issue.version()));
            case "start" -> users.as(leadIsDemoAgency ? "agency" : "investment", () -> issues.start(issue.id(), null, issue.version()));
            case "answer" -> users.as(leadIsDemoAgency ? "agency" : "investment", () -> issues.answer(issue.id(),
                    new Answer(AnswerKind.ON_SPOT, row.text("answer"), null, null), issue.version()));
            case "satisfied", "unsatisfied" -> users.as(partyIsDemoAssociation ? "association" : "investment", () ->
                    issues.giveFeedback(issue.id(), new Feedback("satisfied".equals(step), "satisfied".equals(step) ? 5 : 2,
                            null, !partyIsDemoAssociation), issue.version()));
            case "close" -> users.as("investment", () -> issues.close(issue.id(), null, issue.version()));
            default -> throw row.problem("unknown step " + step);
        };
    }

    private Assignment assignment(CsvRow row) {
        long lead = agency(row, row.text("lead_agency_code"));
        Set<Long> coordinators = row.list("coordinator_codes").stream().map(code -> agency(row, code))
                .collect(Collectors.toSet());
        return new Assignment(lead, coordinators, null, null);
    }

    private long agency(CsvRow row, String code) {
        return agencies.findByCode(code).map(AgencySummary::id).orElseThrow(() -> row.problem("unknown agency " + code));
    }
}
