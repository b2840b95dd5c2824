package vn.pcitracker.licensing.bottleneck;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.IssueFilter;
import vn.pcitracker.issue.IssueListItem;
import vn.pcitracker.issue.IssueQueryService;
import vn.pcitracker.issue.IssueSort;
import vn.pcitracker.licensing.bottleneck.domain.BottleneckRepository;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;
import vn.pcitracker.security.DemoUsers;

/**
 * Demo bottlenecks of 2026 ({@code data/demo/bottlenecks.csv} and {@code bottleneck_evidence.csv}), recorded and moved
 * through the real workflow by the demo users, so that every history entry is one the application could have made.
 * Runs after the demo recommendations (order 95), since one bottleneck is turned from one of them. Loaded once: a
 * title already present as a synthetic bottleneck is left alone.
 */
@Component
class DemoBottleneckData implements ReferenceDataSet {

    private final BottleneckService bottlenecks;
    private final BottleneckRepository repository;
    private final DemoLicensingData licensing;
    private final AgencyService agencies;
    private final IssueQueryService issues;
    private final DemoUsers users;

    DemoBottleneckData(BottleneckService bottlenecks, BottleneckRepository repository, DemoLicensingData licensing,
                       AgencyService agencies, IssueQueryService issues, DemoUsers users) {
        this.bottlenecks = bottlenecks;
        this.repository = repository;
        this.licensing = licensing;
        this.agencies = agencies;
        this.issues = issues;
        this.users = users;
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public LoadResult load(CsvFiles files) {
        Map<String, Long> procedures = users.as("investment", () -> licensing.load(files));
        Map<String, List<CsvRow>> evidence = files.read("demo/bottleneck_evidence.csv").stream()
                .collect(Collectors.groupingBy(row -> row.text("title")));
        LoadResult.Counter counter = LoadResult.counter("demo bottlenecks");
        for (CsvRow row : files.read("demo/bottlenecks.csv")) {
            if (repository.existsByTitleAndSyntheticTrue(row.text("title"))) {
                counter.updated(false);
                continue;
            }
            Long procedure = procedures.get(row.text("procedure_code"));
            if (procedure == null) {
                throw row.problem("unknown procedure " + row.text("procedure_code"));
            }
            BottleneckDetails b = users.as("investment", () -> create(row, procedure));
            repository.findById(b.id()).orElseThrow().setSynthetic(true);
            List<CsvRow> measured = evidence.getOrDefault(row.text("title"), List.of());
            String actor = "S-XD".equals(row.text("agency_code")) ? "agency" : "investment";
            measure(b, measured, EvidencePhase.BEFORE_FIX, actor);
            for (String step : row.list("steps")) {
                b = step(row, step, bottlenecks.find(b.id()).orElseThrow(), actor);
                if (step.equals("implement")) {
                    measure(b, measured, EvidencePhase.AFTER_FIX, actor);
                }
            }
            counter.inserted();
        }
        return counter.result();
    }

    private BottleneckDetails create(CsvRow row, long procedure) {
        Set<BottleneckCause> causes = EnumSet.noneOf(BottleneckCause.class);
        row.list("causes").forEach(cause -> causes.add(BottleneckCause.valueOf(cause)));
        String owner = row.optional("owner_agency_code");
        Integer cost = row.integer("fix_cost_vnd");
        BottleneckForm form = new BottleneckForm(procedure, licensing.lineOf(procedure), agency(row, row.text("agency_code")),
                owner == null ? null : agency(row, owner), row.text("title"), row.text("description"), causes,
                row.integer("informal_reports"), null, Set.of(), new ProposedFix(row.optional("fix"),
                row.integer("fix_conditions"), row.integer("fix_documents"), row.integer("fix_days"),
                cost == null ? null : cost.longValue()), row.date("target_date"), row.bool("public", false),
                row.date("identified_on"));
        String issueTitle = row.optional("from_issue");
        if (issueTitle == null) {
            return bottlenecks.create(form);
        }
        IssueListItem issue = issues.search(new IssueFilter(issueTitle, Set.of(), null, null, null, null, null, null, null,
                        null, null), IssueSort.NEWEST, 0, 5).stream().filter(i -> i.title().equals(issueTitle)).findFirst()
                .orElseThrow(() -> row.problem("unknown demo recommendation " + issueTitle));
        BottleneckForm prefilled = bottlenecks.prefillFromIssue(issue.code()).orElseThrow();
        return bottlenecks.createFromIssue(issue.id(), new BottleneckForm(form.procedureId(), form.lineId(), form.agencyId(),
                form.ownerAgencyId(), form.title(), form.description(), form.causes(), form.informalCostReports(), null,
                prefilled.ddciComponentIds(), form.fix(), form.targetDate(), form.isPublic(), form.identifiedOn()));
    }

    private void measure(BottleneckDetails b, List<CsvRow> rows, EvidencePhase phase, String actor) {
        for (CsvRow row : rows) {
            if (row.enumValue("phase", EvidencePhase.class) == phase) {
                users.as(actor, () -> bottlenecks.addEvidence(b.id(), new EvidenceForm(phase, row.date("period_from"),
                        row.date("period_to"), row.integer("files_received"), row.integer("files_on_time"),
                        row.integer("files_late"), row.integer("top_up_requests"), row.decimal("median_days"), null)));
            }
        }
    }

    /** Each move by whoever would make it: the demo agency officer for Sở Xây dựng's own steps. */
    private BottleneckDetails step(CsvRow row, String step, BottleneckDetails b, String agencyActor) {
        String[] parts = step.split(":", 2);
        return switch (parts[0]) {
            case "start" -> users.as(agencyActor, () -> bottlenecks.move(b.id(), BottleneckAction.START_ANALYSIS, null, b.version()));
            case "propose" -> users.as(agencyActor, () -> bottlenecks.move(b.id(), BottleneckAction.PROPOSE_FIX, null, b.version()));
            case "approve" -> users.as("investment", () -> bottlenecks.move(b.id(), BottleneckAction.APPROVE, null, b.version()));
            case "implement" -> users.as(agencyActor, () -> bottlenecks.move(b.id(), BottleneckAction.IMPLEMENT, null, b.version()));
            case "verify" -> users.as("investment", () -> bottlenecks.verify(b.id(), new BigDecimal(parts[1]), null, b.version()));
            case "drop" -> users.as("investment", () -> bottlenecks.drop(b.id(), parts[1], b.version()));
            default -> throw row.problem("unknown step " + step);
        };
    }

    private long agency(CsvRow row, String code) {
        return agencies.findByCode(code).map(AgencySummary::id).orElseThrow(() -> row.problem("unknown agency " + code));
    }
}
