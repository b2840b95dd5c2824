package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pcitracker.organization.OrganizationTestSupport.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.referencedata.ReferenceDataService;

@SpringBootTest
@WithMockUser(roles = "INVESTMENT_OFFICER")
class EnterpriseServiceTest {

    // Tax codes in a block of their own so that tests never collide with the demo firms or each other.
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 900_000));

    @Autowired EnterpriseService enterprises;
    @Autowired AgencyService agencies;
    @Autowired ReferenceDataService referenceData;

    @Test
    @WithMockUser(roles = "ADMIN")
    void demoFirmsAreLoadedAsSyntheticAndLoadingAgainChangesNothing() {
        assertThat(enterprises.findByTaxCode("0299 000 001")).hasValueSatisfying(e -> {
            assertThat(e.synthetic()).isTrue();
            assertThat(e.name()).startsWith("Công ty");
        });
        assertThat(enterprises.findByTaxCode("0299000001-001")).isPresent();
        assertThat(result(referenceData.reload(), "demo enterprises")).satisfies(changedNothing());
    }

    @Test
    void anInvestmentOfficerCreatesAnEnterpriseWithTheTaxCodeNormalised() {
        String taxCode = nextTaxCode();
        EnterpriseSummary created = enterprises.create(form(" " + taxCode.substring(0, 4) + " " + taxCode.substring(4)));
        assertThat(created.taxCode()).isEqualTo(taxCode);
        assertThat(created.synthetic()).isFalse();
        assertThat(enterprises.search(taxCode, false)).extracting(EnterpriseSummary::id).containsExactly(created.id());
    }

    @Test
    void anInvestmentOfficerCannotCreateAnAgency() {
        AgencyForm form = new AgencyForm(uniqueCode("T"), "Cơ quan", null, AgencyKind.BOARD, null, null, null, List.of());
        assertThatThrownBy(() -> agencies.create(form)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(enterprises.search("VAN TAI BIEN SAO MAI", false)).extracting(EnterpriseSummary::taxCode)
                .contains("0299000001");
    }

    @Test
    void aBadOrMissingTaxCodeIsRefusedAndNothingIsSaved() {
        assertRefused(() -> enterprises.create(form("0299-12")), tuple("taxCode", "organization.TaxCode.invalid"));
        assertThat(enterprises.findByTaxCode("0299-12")).isEmpty();
        assertRefused(() -> enterprises.create(new EnterpriseForm(null, null, null, null, null, null, "x@y")),
                tuple("taxCode", "shared.validation.required"), tuple("name", "shared.validation.required"),
                tuple("contactEmail", "organization.EnterpriseService.emailInvalid"));
    }

    @Test
    void aTaxCodeAlreadyInUseIsRefused() {
        assertRefused(() -> enterprises.create(form("0299000002")),
                tuple("taxCode", "organization.EnterpriseService.taxCodeTaken"));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        EnterpriseSummary created = enterprises.create(form(nextTaxCode()));
        EnterpriseForm moved = new EnterpriseForm(created.taxCode(), created.name(), "Logistics", "Phường Hải An", null, null, null);
        assertThat(enterprises.update(created.id(), moved, created.version()).address()).isEqualTo("Phường Hải An");
        assertThatThrownBy(() -> enterprises.update(created.id(), form(created.taxCode()), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void retiringKeepsTheEnterprise() {
        EnterpriseSummary created = enterprises.create(form(nextTaxCode()));
        enterprises.retire(created.id());
        assertThat(enterprises.find(created.id())).hasValueSatisfying(e -> assertThat(e.active()).isFalse());
        assertThat(enterprises.activeEnterprises()).extracting(EnterpriseSummary::id).doesNotContain(created.id());
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsButCannotWrite() {
        assertThat(enterprises.findByTaxCode("0299000001")).isPresent();
        assertThatThrownBy(() -> enterprises.create(form(nextTaxCode()))).isInstanceOf(AccessDeniedException.class);
    }

    private static String nextTaxCode() {
        return "0298%06d".formatted(NEXT.incrementAndGet());
    }

    private static EnterpriseForm form(String taxCode) {
        return new EnterpriseForm(taxCode, "Công ty TNHH Thử nghiệm " + taxCode, "Xây dựng", null, null, null, null);
    }
}
