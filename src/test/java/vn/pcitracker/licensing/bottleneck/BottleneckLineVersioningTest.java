package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LineOutcome;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.security.TestLogins;

/**
 * The catalogue is versioned by legal basis: a bottleneck recorded under line 7 of a first basis keeps pointing at
 * that row (its number, name and basis) after a later basis narrows the line into a new row; the new row is
 * reachable as what the line became. The later basis and the successor link are written through the repositories,
 * as the line import will (next_line_id is not imported yet).
 */
@SpringBootTest
class BottleneckLineVersioningTest {

    @Autowired ApplicationContext context;
    @Autowired LegalBasisRepository bases;
    @Autowired ConditionalLineRepository lines;
    @Autowired BottleneckService bottlenecks;
    @Autowired BottleneckQueryService queries;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void aBottleneckRecordedUnderALineStillShowsThatLineAfterALaterLawNarrowsItAndReachesWhatItBecame() {
        BottleneckTestSupport support = new BottleneckTestSupport(context);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LegalBasis first = bases.saveAndFlush(new LegalBasis("V1-" + tag, "Luật thử lần 1 " + tag));
        ConditionalLine original = lines.saveAndFlush(new ConditionalLine(first.getId(), 7,
                "Kinh doanh dịch vụ thử nghiệm, kiểm định " + tag));
        BottleneckDetails recorded = support.bottlenecks.create(withLine(support, original.getId()));

        LegalBasis later = bases.saveAndFlush(new LegalBasis("V2-" + tag, "Luật thử lần 2 " + tag));
        ConditionalLine narrowed = lines.saveAndFlush(new ConditionalLine(later.getId(), 5,
                "Kinh doanh dịch vụ kiểm định (trừ thử nghiệm) " + tag));
        transactions.executeWithoutResult(status -> {
            ConditionalLine line = lines.findById(original.getId()).orElseThrow();
            line.setNextOutcome(LineOutcome.NARROWED);
            line.setNextLineId(narrowed.getId());
        });

        BottleneckDetails reread = bottlenecks.find(recorded.id()).orElseThrow();
        assertThat(reread.line()).extracting(ConditionalLineSummary::id, ConditionalLineSummary::number,
                        ConditionalLineSummary::nameVi, ConditionalLineSummary::legalBasisCode, ConditionalLineSummary::nextOutcome)
                .containsExactly(original.getId(), 7, "Kinh doanh dịch vụ thử nghiệm, kiểm định " + tag, "V1-" + tag,
                        LineOutcome.NARROWED);
        assertThat(reread.lineSuccessors()).extracting(ConditionalLineSummary::id, ConditionalLineSummary::number,
                ConditionalLineSummary::legalBasisCode).containsExactly(org.assertj.core.groups.Tuple.tuple(narrowed.getId(), 5, "V2-" + tag));
        assertThat(queries.search(new BottleneckFilter(null, null, null, null, first.getId(), null, null),
                BottleneckSort.CODE, 0, 100)).extracting(BottleneckListItem::id, BottleneckListItem::lineLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(recorded.id(), "V1-" + tag + " · 7"));
        assertThat(queries.count(new BottleneckFilter(null, null, null, null, later.getId(), null, null))).isZero();
    }

    private static BottleneckForm withLine(BottleneckTestSupport support, long lineId) {
        BottleneckForm f = support.form(support.procedure(support.agency, 30, 15, lineId), false);
        return new BottleneckForm(f.procedureId(), lineId, f.agencyId(), f.ownerAgencyId(), f.title(), f.description(),
                f.causes(), null, null, null, null, null, false, null);
    }
}
