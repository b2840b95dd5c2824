package vn.pcitracker.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.pcitracker.calendar.WorkingDayCalendar;
import vn.pcitracker.indicator.DdciCatalogueSummary;
import vn.pcitracker.indicator.DdciComponentDetails;
import vn.pcitracker.indicator.DdciService;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.referencedata.CsvFiles;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataSet;
import vn.pcitracker.security.CurrentUser;
import vn.pcitracker.security.DemoUsers;
import vn.pcitracker.security.SignedInUser;

/**
 * A synthetic history of recommendations over the last 18 months for the demo ({@link IssueHistoryGenerator}, fixed
 * seed), so that the dashboard and the measures have something to show: {@code app.demo.history-issues} of them
 * (600 by default, 0 in tests), led by the demo departments and boards, each with its own share of on-time answers.
 * Loaded once: nothing is added while a generated history is present.
 */
@Component
class DemoIssueHistory implements ReferenceDataSet {

    static final long SEED = 766;

    /** Lead agencies of the history and their share of answers given on time. */
    private static final Map<String, Double> LEADS = Map.of("S-XD", 0.72, "S-NNMT", 0.68, "BQL-KKT", 0.9,
            "S-TC", 0.85, "S-CT", 0.8, "S-TP", 0.88, "S-KHCN", 0.92, "S-YT", 0.83, "S-VHTTDL", 0.86, "S-NV", 0.9);

    private final int count;
    private final IssueHistoryWriter writer;
    private final IssueFieldService fields;
    private final DdciService ddci;
    private final AgencyService agencies;
    private final AssociationService associations;
    private final DialogueDirectory dialogues;
    private final WorkingDayCalendar calendar;
    private final DemoUsers users;
    private final CurrentUser currentUser;
    private final IssueClock clock;

    DemoIssueHistory(@Value("${app.demo.history-issues:600}") int count, IssueHistoryWriter writer,
                     IssueFieldService fields, DdciService ddci, AgencyService agencies, AssociationService associations,
                     DialogueDirectory dialogues, WorkingDayCalendar calendar, DemoUsers users, CurrentUser currentUser,
                     IssueClock clock) {
        this.count = count;
        this.writer = writer;
        this.fields = fields;
        this.ddci = ddci;
        this.agencies = agencies;
        this.associations = associations;
        this.dialogues = dialogues;
        this.calendar = calendar;
        this.users = users;
        this.currentUser = currentUser;
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
        LoadResult.Counter counter = LoadResult.counter("demo issue history");
        if (count <= 0 || writer.present()) {
            return counter.result();
        }
        generate(count).forEach(id -> counter.inserted());
        return counter.result();
    }

    /** Generates and stores {@code issues} issues (seed {@value #SEED}, up to today); returns their ids. */
    List<Long> generate(int issues) {
        SignedInUser officer = users.as("investment", currentUser::require);
        IssueHistoryGenerator generator = new IssueHistoryGenerator(SEED, issues, clock.today(), inputs(officer),
                calendar::addWorkingDays);
        return writer.write(generator.generate(), officer.accountId());
    }

    private IssueHistoryGenerator.Inputs inputs(SignedInUser officer) {
        List<IssueHistoryGenerator.Lead> leads = new ArrayList<>();
        LEADS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(lead -> agencies.findByCode(lead.getKey())
                .filter(agency -> agency.activeOn(clock.today()))
                .ifPresent(agency -> leads.add(new IssueHistoryGenerator.Lead(agency.id(), agency.nameVi(), lead.getValue()))));
        List<Long> components = ddci.catalogues().stream().filter(c -> c.unitLevel() == UnitLevel.DEPARTMENT)
                .map(DdciCatalogueSummary::id).flatMap(catalogue -> ddci.components(catalogue).stream())
                .map(DdciComponentDetails::id).sorted().toList();
        List<Long> associationIds = associations.activeAssociations().stream().map(AssociationSummary::id).sorted().toList();
        Long ministry = agencies.findByCode("BO-XD").map(AgencySummary::id).orElse(null);
        return new IssueHistoryGenerator.Inputs(leads, fields.fields().stream().filter(IssueFieldOption::active).toList(),
                components, associationIds, dialogues.recent(200), ministry, officer.displayName());
    }
}
