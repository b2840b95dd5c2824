package vn.pcitracker.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import vn.pcitracker.organization.AgencyForm;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.security.AccountForm;
import vn.pcitracker.security.AccountService;
import vn.pcitracker.security.TestLogins;
import vn.pcitracker.shared.Role;

/**
 * Agencies made for each test (so no other test's recommendations count), an officer account for each, and forms
 * for commitments over the current year, created through the real services.
 */
final class CommitmentFixtures {

    static final String PASSWORD = "mot-mat-khau-dai-2026";

    final ApplicationContext context;
    final CommitmentService commitments;
    final CheckInService checkIns;
    final int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    final Quarter currentQuarter = Quarter.of(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));

    CommitmentFixtures(ApplicationContext context) {
        this.context = context;
        this.commitments = context.getBean(CommitmentService.class);
        this.checkIns = context.getBean(CheckInService.class);
    }

    void signIn(String username) {
        TestLogins.signIn(context, username);
    }

    /** A new department with an officer account named after its code; returns the agency id. */
    Agency newAgencyWithOfficer() {
        signIn("admin");
        String code = "GU-" + UUID.randomUUID().toString().substring(0, 8);
        long id = context.getBean(AgencyService.class).create(new AgencyForm(code, "Sở thử giao ước " + code, null,
                AgencyKind.DEPARTMENT, null, null, null, List.of())).id();
        String username = "officer-" + code.toLowerCase();
        context.getBean(AccountService.class).create(new AccountForm(username, "Cán bộ " + code, null,
                Role.AGENCY_OFFICER, id, null), PASSWORD);
        return new Agency(id, code, username);
    }

    record Agency(long id, String code, String officer) {
    }

    static CriterionForm manual(String name, Direction direction, String baseline, String target, int weight) {
        return new CriterionForm(null, name, "%", direction, new BigDecimal(baseline), null, new BigDecimal(target), null,
                weight, null, null, CriterionForm.MANUAL);
    }

    static CriterionForm live(String source, Direction direction, String baseline, String target, int weight) {
        return new CriterionForm(null, "Chỉ tiêu tự động " + source, null, direction, new BigDecimal(baseline), null,
                new BigDecimal(target), null, weight, null, null, source);
    }

    CommitmentForm groupForm(long signingAgencyId, List<Long> unitAgencyIds, List<CriterionForm> criteria) {
        return new CommitmentForm("Giao ước thử " + UUID.randomUUID(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                signingAgencyId, "Chủ tịch UBND thành phố", UnitKind.AGENCY, List.of(), unitAgencyIds,
                LocalDate.of(year, 1, 15), "01/GU-UBND", criteria);
    }

    CommitmentForm divisionForm(long signingAgencyId, List<String> divisions, List<CriterionForm> criteria) {
        return new CommitmentForm("Giao ước phòng thử " + UUID.randomUUID(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), signingAgencyId, "Giám đốc Sở", UnitKind.DIVISION, divisions, List.of(),
                LocalDate.of(year, 1, 10), "02/GU-SXD", criteria);
    }

    CheckInForm checkIn(CommitmentDetails commitment, int criterionIndex, int unitIndex, String value,
                        CheckInStatus status, String note) {
        return new CheckInForm(commitment.criteria().get(criterionIndex).id(), commitment.units().get(unitIndex).id(),
                currentQuarter.year(), currentQuarter.quarter(), value == null ? null : new BigDecimal(value), status, note);
    }
}
