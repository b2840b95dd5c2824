package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pcitracker.organization.OrganizationTestSupport.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;

@SpringBootTest
@WithMockUser(roles = "ADMIN")
class AssociationServiceTest {

    @Autowired AssociationService associations;
    @Autowired ReferenceDataService referenceData;

    @Test
    void referenceAssociationsAreLoadedAndLoadingAgainChangesNothing() {
        assertThat(associations.findByCode("HHDN-HP")).hasValueSatisfying(a -> {
            assertThat(a.nameVi()).isEqualTo("Hiệp hội Doanh nghiệp thành phố Hải Phòng");
            assertThat(a.taxCode()).as("no invented tax code").isNull();
            assertThat(a.synthetic()).isFalse();
        });
        assertThat(result(referenceData.reload(), "associations")).satisfies(changedNothing());
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(associations.search("doanh nghiep thanh pho hai phong", false))
                .extracting(AssociationSummary::code).contains("HHDN-HP").doesNotContain("VPA");
        assertThat(associations.search("CẢNG BIỂN", false)).extracting(AssociationSummary::code).containsExactly("VPA");
    }

    @Test
    void badTaxCodeAndEMailAreRefusedTogetherAndNothingIsSaved() {
        String code = uniqueCode("A");
        assertRefused(() -> associations.create(form(code, "12345", "not-an-email")),
                tuple("taxCode", "organization.TaxCode.invalid"),
                tuple("contactEmail", "organization.AssociationService.emailInvalid"));
        assertThat(associations.findByCode(code)).isEmpty();
    }

    @Test
    void missingNameAndTooLongSectorAreRefused() {
        AssociationForm bad = new AssociationForm(uniqueCode("A"), null, null, null, "x".repeat(121), null, null, null);
        assertRefused(() -> associations.create(bad),
                tuple("nameVi", "shared.validation.required"), tuple("sector", "shared.validation.tooLong"));
    }

    @Test
    void aCodeOrTaxCodeAlreadyInUseIsRefused() {
        AssociationSummary first = associations.create(form(uniqueCode("A"), "0299 555 001", null));
        assertThat(first.taxCode()).isEqualTo("0299555001");
        assertRefused(() -> associations.create(form(first.code(), null, null)),
                tuple("code", "organization.AssociationService.codeTaken"));
        assertRefused(() -> associations.create(form(uniqueCode("A"), "0299555001", null)),
                tuple("taxCode", "organization.AssociationService.taxCodeTaken"));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        AssociationSummary created = associations.create(form(uniqueCode("A"), null, "lienhe@hoi.example"));
        AssociationSummary updated = associations.update(created.id(), form(created.code(), null, "moi@hoi.example"), created.version());
        assertThat(updated.contactEmail()).isEqualTo("moi@hoi.example");
        assertThatThrownBy(() -> associations.update(created.id(), form(created.code(), null, null), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void retiringKeepsTheRecordAndHidesItFromActiveLists() {
        AssociationSummary created = associations.create(form(uniqueCode("A"), null, null));
        AssociationSummary retired = associations.retire(created.id());
        assertThat(retired.retiredOn()).isNotNull().isBeforeOrEqualTo(LocalDate.now().plusDays(1));
        assertThat(retired.active()).isFalse();
        assertThat(associations.activeAssociations()).extracting(AssociationSummary::id).doesNotContain(created.id());
        assertThat(associations.search(created.code(), true)).extracting(AssociationSummary::id).containsExactly(created.id());
    }

    @Test
    void anAdministratorsEditOfAReferenceAssociationSurvivesAReload() {
        AssociationSummary young = associations.findByCode("HDNT-HP").orElseThrow();
        associations.update(young.id(), new AssociationForm(young.code(), young.nameVi(), "Young Entrepreneurs (edited)",
                null, young.sector(), "Người liên hệ", null, null), young.version());
        LoadResult result = result(referenceData.reload(), "associations");
        assertThat(associations.find(young.id()).orElseThrow().nameEn()).isEqualTo("Young Entrepreneurs (edited)");
        assertThat(result.keptLocalEdits()).isPositive();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsButCannotWrite() {
        long id = associations.findByCode("HHDN-HP").orElseThrow().id();
        assertThatThrownBy(() -> associations.create(form(uniqueCode("A"), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> associations.retire(id)).isInstanceOf(AccessDeniedException.class);
    }

    private static AssociationForm form(String code, String taxCode, String email) {
        return new AssociationForm(code, "Hội thử nghiệm " + code, null, taxCode, "Đa ngành", null, null, email);
    }
}
