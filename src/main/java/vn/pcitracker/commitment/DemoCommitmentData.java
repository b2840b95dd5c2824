package vn.pcitracker.commitment;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.CsvRow;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;
import vn.pcitracker.security.DemoUsers;

/**
 * Demo commitments ({@code data/demo/commitments.csv}, {@code commitment_criteria.csv},
 * {@code commitment_check_ins.csv}): created by the demo investment officer and checked in by the demo officers of
 * each unit's agency, through the real services, so that live figures are computed as they would be. Loaded after
 * the demo recommendations (whose answers feed the live criteria) and only once: a title already present as a
 * synthetic commitment is left alone. Check-ins for a quarter that has not begun yet are skipped.
 */
@Component
class DemoCommitmentData implements ReferenceDataSet {

    private final CommitmentService commitments;
    private final CheckInService checkIns;
    private final AgencyService agencies;
    private final DdciService ddci;
    private final DemoUsers users;
    private final CommitmentClock clock;

    DemoCommitmentData(CommitmentService commitments, CheckInService checkIns, AgencyService agencies, DdciService ddci,
                       DemoUsers users, CommitmentClock clock) {
        this.commitments = commitments;
        this.checkIns = checkIns;
        this.agencies = agencies;
        this.ddci = ddci;
        this.users = users;
        this.clock = clock;
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
        LoadResult.Counter counter = LoadResult.counter("demo commitments");
        List<CsvRow> criteria = files.read("demo/commitment_criteria.csv");
        List<CsvRow> reports = files.read("demo/commitment_check_ins.csv");
        for (CsvRow row : files.read("demo/commitments.csv")) {
            String title = row.text("title");
            if (users.as("investment", () -> commitments.existsSynthetic(title))) {
                counter.updated(false);
                continue;
            }
            String key = row.text("key");
            CommitmentDetails created = users.as("investment", () -> commitments.create(form(row, criteria.stream()
                    .filter(c -> c.text("commitment_key").equals(key)).toList())));
            users.as("investment", () -> {
                commitments.markSynthetic(created.id());
                return null;
            });
            reports.stream().filter(r -> r.text("commitment_key").equals(key)).forEach(r -> checkIn(created, r));
            counter.inserted();
        }
        return counter.result();
    }

    private CommitmentForm form(CsvRow row, List<CsvRow> criteria) {
        UnitKind kind = row.enumValue("unit_kind", UnitKind.class);
        List<String> units = row.list("units");
        return new CommitmentForm(row.text("title"), row.date("period_from"), row.date("period_to"),
                agency(row, row.text("signing_agency_code")), row.text("signer_title"), kind,
                kind == UnitKind.DIVISION ? units : List.of(),
                kind == UnitKind.AGENCY ? units.stream().map(code -> agency(row, code)).toList() : List.of(),
                row.date("signed_on"), row.optional("document_reference"), criteria.stream().map(this::criterion).toList());
    }

    private CriterionForm criterion(CsvRow row) {
        return new CriterionForm(null, row.text("name"), row.text("unit"), row.enumValue("direction", Direction.class),
                row.decimal("baseline"), row.decimal("committed"), row.decimal("target"), row.decimal("stretch"),
                row.integer("weight"), ddciComponent(row), row.optional("pci_sub_index"), row.text("source"));
    }

    private void checkIn(CommitmentDetails commitment, CsvRow row) {
        Quarter quarter = new Quarter(row.integer("year"), row.integer("quarter"));
        if (quarter.start().isAfter(clock.today())) {
            return;
        }
        long criterionId = commitment.criteria().stream().filter(c -> c.name().equals(row.text("criterion")))
                .findFirst().orElseThrow(() -> row.problem("unknown criterion")).id();
        String unitName = row.text("unit");
        long unitId = commitment.units().stream().filter(u -> unitName.equals(u.divisionName())
                        || u.agencyId() != null && agencies.findByCode(unitName).map(AgencySummary::id).orElse(-1L).equals(u.agencyId()))
                .findFirst().orElseThrow(() -> row.problem("unknown unit " + unitName)).id();
        users.as(row.text("officer"), () -> checkIns.checkIn(new CheckInForm(criterionId, unitId, quarter.year(), quarter.quarter(),
                row.decimal("value"), row.enumValue("status", CheckInStatus.class), row.optional("note"))));
    }

    private long agency(CsvRow row, String code) {
        return users.as("investment", () -> agencies.findByCode(code).map(AgencySummary::id)
                .orElseThrow(() -> row.problem("unknown agency " + code)));
    }

    private Long ddciComponent(CsvRow row) {
        String catalogue = row.optional("ddci_catalogue");
        if (catalogue == null) {
            return null;
        }
        return users.as("investment", () -> ddci.catalogues().stream().filter(c -> c.code().equals(catalogue)).findFirst()
                .flatMap(c -> ddci.components(c.id()).stream().filter(k -> k.code().equals(row.text("ddci_component"))).findFirst())
                .orElseThrow(() -> row.problem("unknown DDCI component")).id());
    }
}
