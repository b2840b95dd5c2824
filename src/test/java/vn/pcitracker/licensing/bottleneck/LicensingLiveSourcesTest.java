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
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.LiveSource;
import vn.pcitracker.commitment.LiveSourceInfo;
import vn.pcitracker.licensing.domain.ConditionalLine;
import vn.pcitracker.licensing.domain.ConditionalLineRepository;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.licensing.domain.LegalBasisRepository;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/**
 * The licensing live criteria against evidence recorded in the test, for a new agency (so nothing else mixes in).
 * <pre>
 * B1  Jan 2026: received 30, on time 20, late 10, median 28   (Q1)
 *     Mar 2026: received 10, on time  9, late  1, median 20   (Q1)
 *     Apr 2026: received 30, on time 27, late  3, median 10   (Q2)
 * B2  Feb 2026: received 20, on time 10, late  5, median 13   (Q1)
 * B3  Jan 2026: received 50, on time  0, late 50, median 99   dropped → left out
 * Q1 median days = (28×30 + 20×10 + 13×20) ÷ (30 + 10 + 20) = 1300 ÷ 60 = 21.67
 * Q1 on time     = (20 + 9 + 10) ÷ (30 + 10 + 15) = 39 ÷ 55 = 70.91 %
 * Q2             = 10.00 days ; 27 ÷ 30 = 90.00 % ; Q3: nothing measured
 * </pre>
 */
@SpringBootTest
class LicensingLiveSourcesTest {

    private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);

    @Autowired ApplicationContext context;
    @Autowired BottleneckService bottlenecks;
    @Autowired AgencyService agencies;
    @Autowired LegalBasisRepository bases;
    @Autowired ConditionalLineRepository lines;
    @Autowired List<LiveSource> sources;
    @Autowired CommitmentService commitments;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void medianDaysAndOnTimeFilesOfAnAgencyFollowTheEvidenceClosedInEachQuarter() {
        BottleneckTestSupport support = new BottleneckTestSupport(context);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        support.signIn("admin");
        long agency = agencies.create(new AgencyForm("LIVE-" + tag, "Sở thử số liệu " + tag, null, AgencyKind.DEPARTMENT,
                null, null, null, List.of())).id();
        LegalBasis basis = bases.saveAndFlush(new LegalBasis("LIVE-" + tag, "Căn cứ thử " + tag));
        long line = lines.saveAndFlush(new ConditionalLine(basis.getId(), 1, "Ngành thử " + tag)).getId();
        long procedure = support.procedure(agency, 30, 15, line);
        support.signIn("investment");
        long b1 = create(support, procedure, agency);
        measure(b1, 1, 30, 20, 10, "28");
        measure(b1, 3, 10, 9, 1, "20");
        measure(b1, 4, 30, 27, 3, "10");
        measure(create(support, procedure, agency), 2, 20, 10, 5, "13");
        long b3 = create(support, procedure, agency);
        measure(b3, 1, 50, 0, 50, "99");
        bottlenecks.drop(b3, "Trùng lặp", bottlenecks.find(b3).orElseThrow().version());

        LiveSource days = source(LicensingLiveSources.MEDIAN_DAYS);
        LiveSource onTime = source(LicensingLiveSources.ON_TIME_FILES);
        assertThat(days.value(agency, Q1, Q1.plusMonths(3).minusDays(1))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21.67"));
        assertThat(onTime.value(agency, Q1, Q1.plusMonths(3).minusDays(1))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70.91"));
        assertThat(days.value(agency, Q1.plusMonths(3), Q1.plusMonths(6).minusDays(1))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(onTime.value(agency, Q1.plusMonths(3), Q1.plusMonths(6).minusDays(1))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
        assertThat(days.value(agency, Q1.plusMonths(6), Q1.plusMonths(9).minusDays(1))).isEmpty();
        assertThat(commitments.liveSources()).extracting(LiveSourceInfo::key)
                .contains(LicensingLiveSources.MEDIAN_DAYS, LicensingLiveSources.ON_TIME_FILES);
    }

    private long create(BottleneckTestSupport support, long procedure, long agency) {
        BottleneckForm f = support.form(procedure, false);
        return bottlenecks.create(new BottleneckForm(procedure, null, agency, null, f.title(), f.description(), f.causes(),
                null, null, null, f.fix(), null, false, LocalDate.of(2026, 1, 5))).id();
    }

    private void measure(long bottleneck, int month, int received, int onTime, int late, String median) {
        LocalDate start = LocalDate.of(2026, month, 1);
        bottlenecks.addEvidence(bottleneck, new EvidenceForm(EvidencePhase.BEFORE_FIX, start,
                start.plusMonths(1).minusDays(1), received, onTime, late, null, new BigDecimal(median), null));
    }

    private LiveSource source(String key) {
        return sources.stream().filter(source -> source.key().equals(key)).findFirst().orElseThrow();
    }
}
