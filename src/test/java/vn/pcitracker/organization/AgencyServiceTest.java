package vn.pcitracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.pcitracker.organization.OrganizationTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.referencedata.LoadResult;
import vn.pcitracker.referencedata.ReferenceDataService;

@SpringBootTest
@WithMockUser(roles = "ADMIN")
class AgencyServiceTest {

    private static final LocalDate PAST = LocalDate.of(2024, 12, 31);

    @Autowired AgencyService agencies;
    @Autowired ReferenceDataService referenceData;
    @Autowired JdbcTemplate jdbc;

    @Test
    void referenceAgenciesAreLoadedAndLoadingAgainChangesNothing() {
        assertThat(agencies.findByCode("S-XD")).hasValueSatisfying(a -> assertThat(a.nameVi()).isEqualTo("Sở Xây dựng"));
        assertThat(agencies.findByCode("S-TC")).hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(AgencyKind.DEPARTMENT));
        List<LoadResult> results = referenceData.reload();
        assertThat(result(results, "agencies")).satisfies(changedNothing());
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(agencies.search("so xay dung", false)).extracting(AgencySummary::code).contains("S-XD");
        assertThat(agencies.search("XAY", false)).extracting(AgencySummary::code).contains("S-XD");
        assertThat(agencies.search("xay dung", false)).extracting(AgencySummary::code).doesNotContain("S-TC");
    }

    @Test
    void retiredAgenciesAreFoundOnlyWhenAskedFor() {
        assertThat(agencies.search("ke hoach va dau tu", false)).isEmpty();
        assertThat(agencies.search("ke hoach va dau tu", true)).extracting(AgencySummary::code).contains("S-KHDT", "HD-S-KHDT");
        assertThat(agencies.activeAgencies()).extracting(AgencySummary::code).contains("S-TC").doesNotContain("S-KHDT");
    }

    @Test
    void haiDuongInvestmentDepartmentRollsUpToTheCitysFinanceDepartmentTodayThroughTwoSteps() {
        long oldDepartment = agencies.findByCode("HD-S-KHDT").orElseThrow().id();
        long finance = agencies.findByCode("S-TC").orElseThrow().id();
        assertThat(agencies.rollUpTarget(oldDepartment, LocalDate.now())).isEqualTo(finance);
        assertThat(agencies.rollUpTarget(oldDepartment, LocalDate.of(2024, 6, 1))).isEqualTo(oldDepartment);
    }

    @Test
    void retiredAgencyWithoutSuccessorRollsUpToItself() {
        AgencySummary closed = agencies.create(form(uniqueCode("T"), null, PAST, List.of()));
        assertThat(agencies.rollUpTarget(closed.id(), LocalDate.now())).isEqualTo(closed.id());
    }

    @Test
    void aCycleOfSuccessorsInTheDataDoesNotLoopForever() {
        AgencySummary first = agencies.create(form(uniqueCode("T"), null, PAST, List.of()));
        AgencySummary second = agencies.create(form(uniqueCode("T"), null, PAST, List.of(first.id())));
        jdbc.update("INSERT INTO agency_successor (agency_id, position, successor_id) VALUES (?, 0, ?)", first.id(), second.id());
        SecurityContext context = SecurityContextHolder.getContext();
        long target = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SecurityContextHolder.setContext(context);
            return agencies.rollUpTarget(first.id(), LocalDate.now());
        });
        assertThat(target).isEqualTo(first.id());
    }

    @Test
    void aSuccessorThatWouldCloseACycleIsRefused() {
        AgencySummary first = agencies.create(form(uniqueCode("T"), null, null, List.of()));
        AgencySummary second = agencies.create(form(uniqueCode("T"), null, PAST, List.of(first.id())));
        assertRefused(() -> agencies.retire(first.id(), PAST, List.of(second.id()), first.version()),
                tuple("successorIds", "organization.AgencyService.successorCycle"));
        assertRefused(() -> agencies.retire(first.id(), PAST, List.of(first.id()), first.version()),
                tuple("successorIds", "organization.AgencyService.successorSelf"));
    }

    @Test
    void createWithMissingOrTooLongFieldsIsRefusedAndNothingIsSaved() {
        long before = count();
        AgencyForm bad = new AgencyForm(" ", "x".repeat(256), null, null, null,
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30), List.of());
        assertRefused(() -> agencies.create(bad),
                tuple("code", "shared.validation.required"), tuple("nameVi", "shared.validation.tooLong"),
                tuple("kind", "shared.validation.required"),
                tuple("validTo", "organization.AgencyService.validToBeforeValidFrom"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCodeAlreadyInUseIsRefusedWhateverItsCase() {
        long before = count();
        assertRefused(() -> agencies.create(form("s-xd", null, null, List.of())),
                tuple("code", "organization.AgencyService.codeTaken"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRetiredAgencyCannotBecomeANewParentNorAnAgencyItsOwn() {
        long retired = agencies.findByCode("S-KHDT").orElseThrow().id();
        assertRefused(() -> agencies.create(form(uniqueCode("T"), retired, null, List.of())),
                tuple("parentId", "organization.AgencyService.parentRetired"));
        AgencySummary agency = agencies.create(form(uniqueCode("T"), null, null, List.of()));
        assertRefused(() -> agencies.update(agency.id(), form(agency.code(), agency.id(), null, List.of()), agency.version()),
                tuple("parentId", "organization.AgencyService.parentSelf"));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        AgencySummary created = agencies.create(form(uniqueCode("T"), null, null, List.of()));
        AgencyForm renamed = new AgencyForm(created.code(), "Tên mới", null, AgencyKind.BOARD, null, null, null, List.of());
        AgencySummary updated = agencies.update(created.id(), renamed, created.version());
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> agencies.update(created.id(), form(created.code(), null, null, List.of()), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(agencies.find(created.id()).orElseThrow().nameVi()).isEqualTo("Tên mới");
    }

    @Test
    void retiringAnAgencyReadBeforeSomeoneElseChangedItIsRefusedAndTheChangeKept() {
        AgencySummary read = agencies.create(form(uniqueCode("T"), null, null, List.of()));
        AgencySummary renamed = agencies.update(read.id(), new AgencyForm(read.code(), "Tên sau khi sửa", null, read.kind(),
                null, null, null, List.of()), read.version());

        assertThatThrownBy(() -> agencies.retire(read.id(), PAST, List.of(), read.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(agencies.find(read.id())).hasValueSatisfying(a -> {
            assertThat(a.nameVi()).isEqualTo("Tên sau khi sửa");
            assertThat(a.validTo()).isNull();
        });
        assertThat(renamed.version()).isGreaterThan(read.version());
    }

    @Test
    void retiringKeepsTheRecordWithItsEndDateAndSuccessors() {
        long finance = agencies.findByCode("S-TC").orElseThrow().id();
        AgencySummary agency = agencies.create(form(uniqueCode("T"), null, null, List.of()));
        agencies.retire(agency.id(), PAST, List.of(finance), agency.version());
        assertThat(agencies.find(agency.id())).hasValueSatisfying(a -> {
            assertThat(a.validTo()).isEqualTo(PAST);
            assertThat(a.successorIds()).containsExactly(finance);
            assertThat(a.activeOn(LocalDate.now())).isFalse();
        });
        assertThat(agencies.rollUpTarget(agency.id(), LocalDate.now())).isEqualTo(finance);
    }

    @Test
    void anAdministratorsEditOfAReferenceAgencySurvivesAReload() {
        AgencySummary health = agencies.findByCode("S-YT").orElseThrow();
        agencies.update(health.id(), new AgencyForm(health.code(), health.nameVi(), "Health Department (edited)", health.kind(),
                health.parentId(), health.validFrom(), health.validTo(), health.successorIds()), health.version());
        LoadResult result = result(referenceData.reload(), "agencies");
        assertThat(agencies.find(health.id()).orElseThrow().nameEn()).isEqualTo("Health Department (edited)");
        assertThat(result.keptLocalEdits()).isPositive();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsButCannotWrite() {
        AgencySummary construction = agencies.findByCode("S-XD").orElseThrow();
        assertThatThrownBy(() -> agencies.create(form(uniqueCode("T"), null, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agencies.retire(construction.id(), PAST, List.of(), construction.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "INVESTMENT_OFFICER")
    void anInvestmentOfficerCannotCreateAnAgency() {
        assertThatThrownBy(() -> agencies.create(form(uniqueCode("T"), null, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static AgencyForm form(String code, Long parentId, LocalDate validTo, List<Long> successors) {
        return new AgencyForm(code, "Cơ quan thử nghiệm " + code, null, AgencyKind.DEPARTMENT, parentId,
                null, validTo, successors);
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM agency", Long.class);
    }
}
