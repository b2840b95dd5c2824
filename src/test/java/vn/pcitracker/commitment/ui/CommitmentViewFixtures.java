package vn.pcitracker.commitment.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.commitment.CommitmentDetails;
import vn.pcitracker.commitment.CommitmentForm;
import vn.pcitracker.commitment.CommitmentService;
import vn.pcitracker.commitment.CriterionForm;
import vn.pcitracker.commitment.Direction;
import vn.pcitracker.commitment.UnitKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.TestLogins;

/** Commitments for the view tests, made through the service by the demo investment officer. */
final class CommitmentViewFixtures {

    private CommitmentViewFixtures() {
    }

    /**
     * A group commitment of this year whose units are Sở Xây dựng (the demo agency officer's) and Sở Công Thương; the
     * second criterion's target (85) is below its baseline (90), so it is flagged.
     */
    static CommitmentDetails groupWithDemoAgency(ApplicationContext context) {
        TestLogins.signIn(context, "investment");
        AgencyService agencies = context.getBean(AgencyService.class);
        long construction = agencies.findByCode("S-XD").orElseThrow().id();
        long trade = agencies.findByCode("S-CT").orElseThrow().id();
        long office = agencies.findByCode("VP-UBND").orElseThrow().id();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        CommitmentDetails created = context.getBean(CommitmentService.class).create(new CommitmentForm(
                "Giao ước thử giao diện " + UUID.randomUUID(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), office,
                "Chủ tịch UBND thành phố", UnitKind.AGENCY, List.of(), List.of(construction, trade), LocalDate.of(year, 1, 20),
                "05/GU-UBND", List.of(
                new CriterionForm(null, "Tỷ lệ hồ sơ cấp phép đúng hạn", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("80"),
                        new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("98"), 60, null, "TIME", CriterionForm.MANUAL),
                new CriterionForm(null, "Tỷ lệ doanh nghiệp hài lòng", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("90"),
                        null, new BigDecimal("85"), null, 40, null, null, CriterionForm.MANUAL))));
        TestLogins.signOut();
        return created;
    }
}
