package vn.pcitracker.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.shared.ValidationException;

@SpringBootTest
@WithMockUser(roles = "INVESTMENT_OFFICER")
class LicensingProcedureServiceTest {

    @Autowired LicensingProcedureService procedures;
    @Autowired ConditionalLineService lines;
    @Autowired AgencyService agencies;

    @Test
    void anOfficerRecordsAProcedureWithItsReducedDaysAndFindsItWithoutDiacritics() {
        String code = unique();
        LicensingProcedureSummary created = procedures.create(new LicensingProcedureForm(" " + code + " ",
                "Cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự " + code, agency("S-XD"), 20, 10, Set.of(pawnLine())));

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.reducedDays()).isEqualTo(10);
        assertThat(created.lineIds()).containsExactly(pawnLine());
        assertThat(procedures.search("du dieu kien ve an ninh, trat tu " + code))
                .extracting(LicensingProcedureSummary::id).containsExactly(created.id());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsSaved() {
        String code = unique();
        assertThatThrownBy(() -> procedures.create(new LicensingProcedureForm(code, " ", 999_999_999L, 366, 400, Set.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("nameVi", "shared.validation.required"),
                                tuple("issuingAgencyId", "licensing.LicensingProcedureService.agencyInactive"),
                                tuple("statutoryDays", "licensing.LicensingProcedureService.daysOutOfRange"),
                                tuple("reducedDays", "licensing.LicensingProcedureService.reducedAboveStatutory"),
                                tuple("lineIds", "licensing.LicensingProcedureService.noLine")));
        assertThat(procedures.search(code)).isEmpty();
    }

    @Test
    void aCodeIsUniqueAndAStaleEditIsRefused() {
        String code = unique();
        LicensingProcedureSummary created = procedures.create(form(code, 15, null));

        assertThatThrownBy(() -> procedures.create(form(code, 10, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey)
                        .containsExactly("licensing.LicensingProcedureService.codeTaken"));
        LicensingProcedureSummary edited = procedures.update(created.id(), form(code, 15, 7), created.version());
        assertThat(edited.reducedDays()).isEqualTo(7);
        assertThatThrownBy(() -> procedures.update(created.id(), form(code, 15, 5), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsProceduresButCannotRecordOne() {
        procedures.search("");
        assertThatThrownBy(() -> procedures.create(form(unique(), 10, null))).isInstanceOf(AccessDeniedException.class);
    }

    private LicensingProcedureForm form(String code, int statutory, Integer reduced) {
        return new LicensingProcedureForm(code, "Thủ tục thử " + code, agency("S-XD"), statutory, reduced, Set.of(pawnLine()));
    }

    private long pawnLine() {
        return lines.search("Kinh doanh dịch vụ cầm đồ", null).stream().filter(line -> line.number() == 4)
                .findFirst().orElseThrow().id();
    }

    private long agency(String code) {
        return agencies.findByCode(code).orElseThrow().id();
    }

    private static String unique() {
        return "TT-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
