package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/**
 * Figures against a hand computation. A new agency (so no other test's bottlenecks mix in) has four bottlenecks on
 * a new line: procedure P1 (statutory 30, reduced 15) for A, B and D; procedure P2 (statutory 20, not reduced) for C.
 * <pre>
 * A  IMPLEMENTED  before-fix medians 28 (Jan) then 26 (Feb: latest counts) ; after-fix median 14  → saved 26 − 14 = 12
 * B  VERIFIED     before-fix 20 ; after-fix evidence 15 but verified with 11 (the verified figure wins) → saved 9
 * C  ANALYSING    before-fix 40 ; no fix yet                                                           → not counted
 * D  DROPPED      before-fix 99                                                                       → left out
 * bottlenecks 3 ; mean statutory (30+30+20)/3 = 26.7 ; mean reduced (15+15)/2 = 15.0 ;
 * mean before (26+20+40)/3 = 28.7 ; mean after of fixed ones (14+11)/2 = 12.5 ; fixes counted 2 ; days saved 21
 * </pre>
 */
@SpringBootTest
class BottleneckFigureServiceTest {

    @Autowired ApplicationContext context;
    @Autowired BottleneckService bottlenecks;
    @Autowired BottleneckFigureService figures;
    @Autowired AgencyService agencies;
    @Autowired LegalBasisRepository bases;
    @Autowired ConditionalLineRepository lines;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void figuresPerAgencyAndPerLineMatchTheHandComputation() {
        BottleneckTestSupport support = new BottleneckTestSupport(context);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        support.signIn("admin");
        long agency = agencies.create(new AgencyForm("TEST-" + tag, "Sở thử " + tag, null, AgencyKind.DEPARTMENT, null,
                null, null, List.of())).id();
        LegalBasis basis = bases.saveAndFlush(new LegalBasis("FIG-" + tag, "Căn cứ thử " + tag));
        long line = lines.saveAndFlush(new ConditionalLine(basis.getId(), 1, "Ngành thử " + tag)).getId();
        long p1 = support.procedure(agency, 30, 15, line);
        long p2 = support.procedure(agency, 20, null, line);

        BottleneckDetails a = bottleneck(support, p1, agency, line);
        before(a, 1, "28");
        before(a, 2, "26");
        a = advance(a, 4);
        bottlenecks.addEvidence(a.id(), measurement(EvidencePhase.AFTER_FIX, 9, "14"));
        BottleneckDetails b = bottleneck(support, p1, agency, line);
        before(b, 1, "20");
        b = advance(b, 4);
        bottlenecks.addEvidence(b.id(), measurement(EvidencePhase.AFTER_FIX, 9, "15"));
        b = bottlenecks.verify(b.id(), new BigDecimal("11"), null, bottlenecks.find(b.id()).orElseThrow().version());
        BottleneckDetails c = bottleneck(support, p2, agency, line);
        before(c, 1, "40");
        advance(c, 1);
        BottleneckDetails d = bottleneck(support, p1, agency, line);
        before(d, 1, "99");
        d = bottlenecks.find(d.id()).orElseThrow();
        bottlenecks.drop(d.id(), "Trùng lặp", d.version());

        assertThat(b.daysSaved()).isEqualByComparingTo("9");
        FigureRow expected = new FigureRow(null, 3, new BigDecimal("26.7"), new BigDecimal("15.0"), new BigDecimal("28.7"),
                new BigDecimal("12.5"), 2, new BigDecimal("21.0"));
        assertThat(figures.byAgency(BottleneckFilter.none())).filteredOn(row -> row.groupId() == agency).singleElement()
                .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields("groupId").isEqualTo(expected);
        assertThat(figures.byLine(BottleneckFilter.none())).filteredOn(row -> row.groupId() != null && row.groupId() == line)
                .singleElement().usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields("groupId").isEqualTo(expected);
    }

    private BottleneckDetails bottleneck(BottleneckTestSupport support, long procedure, long agency, long line) {
        support.signIn("investment");
        BottleneckForm f = support.form(procedure, false);
        return bottlenecks.create(new BottleneckForm(procedure, line, agency, null, f.title(), f.description(), f.causes(),
                null, null, null, f.fix(), null, false, LocalDate.of(2026, 1, 5)));
    }

    private void before(BottleneckDetails b, int month, String median) {
        bottlenecks.addEvidence(b.id(), measurement(EvidencePhase.BEFORE_FIX, month, median));
    }

    private static EvidenceForm measurement(EvidencePhase phase, int month, String median) {
        LocalDate start = LocalDate.of(2026, month, 1);
        return new EvidenceForm(phase, start, start.plusMonths(1).minusDays(1), 30, 20, 10, 5, new BigDecimal(median), null);
    }

    /** Takes the first {@code steps} moves of the happy path as the investment officer. */
    private BottleneckDetails advance(BottleneckDetails b, int steps) {
        List<BottleneckAction> path = List.of(BottleneckAction.START_ANALYSIS, BottleneckAction.PROPOSE_FIX,
                BottleneckAction.APPROVE, BottleneckAction.IMPLEMENT);
        BottleneckDetails current = bottlenecks.find(b.id()).orElseThrow();
        for (int i = 0; i < steps; i++) {
            current = bottlenecks.move(current.id(), path.get(i), null, current.version());
        }
        return current;
    }
}
