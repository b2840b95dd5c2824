package vn.pcitracker.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ValidationException;

@SpringBootTest
@WithMockUser(roles = Role.Names.ADMIN)
class IssueFieldServiceTest {

    @Autowired IssueFieldService fields;
    @Autowired ReferenceDataService referenceData;

    @Test
    void theElevenReferenceFieldsAreLoadedInOrderWithFifteenWorkingDaysAndLoadingAgainChangesNothing() {
        assertThat(fields.fields()).extracting(IssueFieldOption::code).startsWith("LAND", "TAX", "CUSTOMS", "CONSTRUCTION",
                "INVESTMENT", "LICENSING", "ENVIRONMENT", "LABOUR", "CREDIT", "INFRASTRUCTURE", "OTHER");
        assertThat(fields.fields()).filteredOn(f -> f.code().equals("LAND")).singleElement().satisfies(f -> {
            assertThat(f.nameVi()).isEqualTo("Đất đai");
            assertThat(f.defaultDeadlineDays()).isEqualTo(15);
            assertThat(f.active()).isTrue();
        });
        LoadResult result = referenceData.reload().stream().filter(r -> r.dataSet().equals("issue_fields")).findFirst().orElseThrow();
        assertThat(result.inserted()).isZero();
        assertThat(result.updated()).isZero();
    }

    @Test
    void badNamesAndADeadlineOutsideOneToThreeHundredSixtyFiveDaysAreRefusedTogether() {
        IssueFieldOption tax = field("TAX");
        assertThatThrownBy(() -> fields.update(tax.id(), " ", "x".repeat(121), 0, true, tax.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder(tuple("nameVi", "shared.validation.required"),
                                tuple("nameEn", "shared.validation.tooLong"),
                                tuple("defaultDeadlineDays", "issue.IssueFieldService.deadlineDaysRange")));
        assertThatThrownBy(() -> fields.update(tax.id(), "Thuế", "Tax", 366, true, tax.version()))
                .isInstanceOf(ValidationException.class);
        assertThat(field("TAX")).isEqualTo(tax);
    }

    @Test
    void anAdministratorsEditSurvivesAReloadAndAStaleEditIsRefused() {
        IssueFieldOption other = field("OTHER");
        IssueFieldOption edited = fields.update(other.id(), other.nameVi(), other.nameEn(), other.defaultDeadlineDays(),
                true, other.version());
        assertThat(edited.version()).isGreaterThan(other.version());
        assertThatThrownBy(() -> fields.update(other.id(), "Khác nữa", "Other", 20, true, other.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        LoadResult result = referenceData.reload().stream().filter(r -> r.dataSet().equals("issue_fields")).findFirst().orElseThrow();
        assertThat(result.keptLocalEdits()).isPositive();
        assertThat(field("OTHER").version()).isEqualTo(edited.version());
    }

    @Test
    @WithMockUser(roles = Role.Names.INVESTMENT_OFFICER)
    void everyoneSignedInReadsTheFieldsButOnlyAdministratorsChangeThem() {
        IssueFieldOption land = field("LAND");
        assertThatThrownBy(() -> fields.update(land.id(), "Đất", "Land", 10, true, land.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private IssueFieldOption field(String code) {
        return fields.fields().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
