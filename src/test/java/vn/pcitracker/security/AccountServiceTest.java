package vn.pcitracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.pcitracker.organization.AgencyService;
import vn.pcitracker.organization.AssociationService;
import vn.pcitracker.security.domain.UserAccountRepository;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.ValidationException;

@SpringBootTest
@WithMockUser(roles = Role.Names.ADMIN)
class AccountServiceTest {

    private static final String GOOD_PASSWORD = "mot-mat-khau-dai-2026";

    @Autowired AccountService accounts;
    @Autowired UserAccountRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AgencyService agencies;
    @Autowired AssociationService associations;

    private static String uniqueUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void demoModeCreatesOneLoginPerRoleWithPasswordDemo() {
        for (Role role : Role.values()) {
            String username = switch (role) {
                case ADMIN -> "admin";
                case INVESTMENT_OFFICER -> "investment";
                case AGENCY_OFFICER -> "agency";
                case ASSOCIATION_REP -> "association";
                case LEADER -> "leader";
            };
            var account = repository.findByUsername(username).orElseThrow();
            assertThat(account.getRole()).isEqualTo(role);
            assertThat(account.isSynthetic()).isTrue();
            assertThat(passwordEncoder.matches("demo", account.getPasswordHash())).isTrue();
        }
        assertThat(repository.findByUsername("agency").orElseThrow().getAgencyId())
                .isEqualTo(agencies.findByCode("S-XD").orElseThrow().id());
    }

    @Test
    void anAdministratorCreatesAnAgencyOfficerBoundToOneAgency() {
        long agencyId = agencies.findByCode("S-XD").orElseThrow().id();
        AccountSummary created = accounts.create(new AccountForm(uniqueUsername(), "Đỗ Văn Bình", "binh@example.vn",
                Role.AGENCY_OFFICER, agencyId, null), GOOD_PASSWORD);

        assertThat(created.agencyId()).isEqualTo(agencyId);
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, repository.findById(created.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void anAgencyOfficerWithoutAnAgencyIsRefusedAndNothingIsSaved() {
        String username = uniqueUsername();
        assertThatThrownBy(() -> accounts.create(new AccountForm(username, "Không Cơ Quan", null, Role.AGENCY_OFFICER, null, null), GOOD_PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).contains("security.AccountService.agencyRequired"));
        assertThat(repository.findByUsername(username)).isEmpty();
    }

    @Test
    void allProblemsAreReportedTogether() {
        assertThatThrownBy(() -> accounts.create(new AccountForm("Bad Name!", " ", "not-an-email", Role.LEADER, null, null), "short"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey)
                        .containsExactlyInAnyOrder("security.AccountService.usernameFormat", "shared.validation.required",
                                "security.AccountService.emailFormat", "security.PasswordPolicy.tooShort"));
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        assertThatThrownBy(() -> accounts.create(new AccountForm("LEADER", "Trùng tên", null, Role.LEADER, null, null), GOOD_PASSWORD))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.create(new AccountForm("leader", "Trùng tên", null, Role.LEADER, null, null), GOOD_PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).contains("security.AccountService.usernameTaken"));
    }

    @Test
    void changingTheRoleDropsTheOldBinding() {
        long associationId = associations.findByCode("HHDN-HP").orElseThrow().id();
        AccountSummary rep = accounts.create(new AccountForm(uniqueUsername(), "Hội viên", null, Role.ASSOCIATION_REP, null, associationId), GOOD_PASSWORD);

        AccountSummary leader = accounts.update(rep.id(), new AccountForm(rep.username(), "Hội viên", null, Role.LEADER, null, associationId), rep.version());

        assertThat(leader.role()).isEqualTo(Role.LEADER);
        assertThat(leader.associationId()).isNull();
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerOneKept() {
        AccountSummary created = accounts.create(new AccountForm(uniqueUsername(), "Bản đầu", null, Role.LEADER, null, null), GOOD_PASSWORD);
        accounts.update(created.id(), new AccountForm(created.username(), "Bản thứ hai", null, Role.LEADER, null, null), created.version());

        assertThatThrownBy(() -> accounts.update(created.id(), new AccountForm(created.username(), "Bản cũ", null, Role.LEADER, null, null), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(created.id()).orElseThrow().getDisplayName()).isEqualTo("Bản thứ hai");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        AccountSummary created = accounts.create(new AccountForm(uniqueUsername(), "Sắp khóa", null, Role.LEADER, null, null), GOOD_PASSWORD);
        accounts.setEnabled(created.id(), false, created.version());

        assertThat(repository.findById(created.id()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void aResetPasswordMustFollowThePolicy() {
        AccountSummary created = accounts.create(new AccountForm(uniqueUsername(), "Đặt lại", null, Role.LEADER, null, null), GOOD_PASSWORD);

        assertThatThrownBy(() -> accounts.resetPassword(created.id(), "ngan")).isInstanceOf(ValidationException.class);
        accounts.resetPassword(created.id(), "mat-khau-moi-rat-dai");
        assertThat(passwordEncoder.matches("mat-khau-moi-rat-dai", repository.findById(created.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    @WithMockUser(roles = Role.Names.LEADER)
    void onlyAdministratorsManageAccounts() {
        assertThatThrownBy(() -> accounts.search("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new AccountForm(uniqueUsername(), "X", null, Role.ADMIN, null, null), GOOD_PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        accounts.create(new AccountForm(uniqueUsername(), "Nguyễn Thị Ánh Tuyết", null, Role.LEADER, null, null), GOOD_PASSWORD);

        assertThat(accounts.search("anh tuyet")).extracting(AccountSummary::displayName).contains("Nguyễn Thị Ánh Tuyết");
    }
}
