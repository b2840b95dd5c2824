package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.shared.ValidationException;

/** Goals of years no demo goal uses (2030+), rolled back after each test. */
@SpringBootTest
@Transactional
@WithMockUser(roles = "INVESTMENT_OFFICER")
class PciGoalEditingTest {

    private static final String PLAN = "Kế hoạch 99/KH-UBND nâng cao PCI giai đoạn 2030-2031";

    @Autowired
    PciGoalService goals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInvestmentOfficerSetsAGoalWithSubIndexTargetsAndChangesIt() {
        ProvinceGoal created = goals.save("hai-phong", form(null, 2030, "75.50", 3,
                Map.of("LABOUR", new BigDecimal("8.25"), "ENTRY", new BigDecimal("7"))), null);

        assertThat(created.subIndexTargets().keySet()).containsExactly("ENTRY", "LABOUR");
        assertThat(created.synthetic()).isFalse();
        assertThat(goals.goal("hai-phong", 2030)).contains(created);

        ProvinceGoal changed = goals.save("hai-phong", form(created.id(), 2031, "76", null, Map.of()), created.version());

        assertThat(changed.year()).isEqualTo(2031);
        assertThat(changed.targetRank()).isNull();
        assertThat(changed.subIndexTargets()).isEmpty();
        assertThat(goals.goal("hai-phong", 2030)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedOnItsField() {
        PciGoalForm form = new PciGoalForm(null, 2004, new BigDecimal("100.5"), 0,
                Map.of("LAND", new BigDecimal("10.01"), "HAPPINESS", BigDecimal.ONE), " ", "javascript:window.__xss=1", null);

        assertThatThrownBy(() -> goals.save("hai-phong", form, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.messageKey()).containsExactlyInAnyOrder(
                                "year indicator.PciGoalService.yearRange",
                                "targetComposite indicator.PciGoalService.compositeRange",
                                "targetRank indicator.PciGoalService.rankRange",
                                "sourceDocument shared.validation.required",
                                "sourceUrl shared.validation.notWebAddress",
                                "LAND indicator.PciGoalService.scoreRange",
                                "HAPPINESS indicator.PciGoalService.unknownSubIndex"));
    }

    @Test
    void aGoalNeedsATargetCompositeOrRankAndAtMostTwoDecimals() {
        assertThatThrownBy(() -> goals.save("hai-phong", form(null, 2030, null, null, Map.of()), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).containsExactly("indicator.PciGoalService.compositeOrRank"));
        assertThatThrownBy(() -> goals.save("hai-phong", form(null, 2030, "70.125", null, Map.of()), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).containsExactly("indicator.PciGoalService.compositeRange"));
    }

    @Test
    void aYearHasOneGoalPerProvince() {
        assertThatThrownBy(() -> goals.save("hai-phong", form(null, 2026, "80", 1, Map.of()), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::messageKey).containsExactly("indicator.PciGoalService.yearTaken"));
    }

    @Test
    void aStaleEditOrDeleteIsRefusedAndACurrentDeleteRemovesTheGoal() {
        ProvinceGoal created = goals.save("hai-phong", form(null, 2030, "75", 3, Map.of()), null);
        goals.save("hai-phong", form(created.id(), 2030, "76", 3, Map.of()), created.version());

        assertThatThrownBy(() -> goals.save("hai-phong", form(created.id(), 2030, "77", 3, Map.of()), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> goals.delete(created.id(), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);

        goals.delete(created.id(), goals.goal("hai-phong", 2030).orElseThrow().version());
        assertThat(goals.goal("hai-phong", 2030)).isEmpty();
    }

    @Test
    void aDeletedGoalIsRetiredKeepingItsRowAndAnotherMayBeSetForItsYear() {
        ProvinceGoal retired = goals.save("hai-phong", form(null, 2031, "75", 3, Map.of()), null);

        goals.delete(retired.id(), retired.version());

        assertThat(goals.goals("hai-phong")).extracting(ProvinceGoal::year).doesNotContain(2031);
        assertThat(jdbc.queryForMap("SELECT target_composite, retired_by, retired_at IS NOT NULL AS retired FROM pci_goal WHERE id = ?",
                retired.id())).containsEntry("retired_by", "user").containsEntry("retired", true)
                .containsEntry("target_composite", new BigDecimal("75.00"));
        ProvinceGoal again = goals.save("hai-phong", form(null, 2031, "76", 3, Map.of()), null);
        assertThat(goals.goal("hai-phong", 2031).orElseThrow().id()).isEqualTo(again.id()).isNotEqualTo(retired.id());
        assertThatThrownBy(() -> goals.delete(retired.id(), retired.version() + 1))
                .isInstanceOf(vn.pcitracker.shared.RecordNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadersReadGoalsButDoNotChangeThem() {
        ProvinceGoal goal = goals.goal("hai-phong", 2026).orElseThrow();

        assertThatThrownBy(() -> goals.save("hai-phong", form(null, 2030, "75", 3, Map.of()), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.delete(goal.id(), goal.version())).isInstanceOf(AccessDeniedException.class);
    }

    private static PciGoalForm form(Long id, int year, String composite, Integer rank, Map<String, BigDecimal> targets) {
        return new PciGoalForm(id, year, composite == null ? null : new BigDecimal(composite), rank, targets, PLAN,
                "https://haiphong.gov.vn", null);
    }
}
