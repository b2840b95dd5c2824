package vn.pcitracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Against the demo goals in data/demo/pci_goals.csv. */
@SpringBootTest
@WithMockUser(roles = "LEADER")
class PciGoalServiceTest {

    @Autowired
    PciGoalService goals;

    @Test
    void theDemoProvinceHasItsPlanGoalsAndTheSyntheticDemoGoalsOldestFirst() {
        assertThat(goals.goals("hai-phong")).extracting(ProvinceGoal::year).containsExactly(2021, 2022, 2025, 2026);
        ProvinceGoal plan = goals.goal("hai-phong", 2022).orElseThrow();
        assertThat(plan.targetComposite()).isEqualByComparingTo("70");
        assertThat(plan.targetRank()).isEqualTo(10);
        assertThat(plan.synthetic()).isFalse();
        assertThat(plan.subIndexTargets()).isEmpty();
    }

    @Test
    void subIndexTargetsComeKeyedByCodeInTheOfficialOrder() {
        ProvinceGoal demo = goals.goal("hai-phong", 2026).orElseThrow();

        assertThat(demo.synthetic()).isTrue();
        assertThat(demo.subIndexTargets().keySet()).containsExactly("ENTRY", "LAND", "TRANSPARENCY", "TIME",
                "INFORMAL", "POLICY_BIAS", "PROACTIVITY", "BUSINESS_SUPPORT", "LABOUR", "LEGAL");
        assertThat(demo.subIndexTargets().get("TRANSPARENCY")).isEqualByComparingTo(new BigDecimal("7.20"));
    }

    @Test
    void aYearWithoutAGoalHasNone() {
        assertThat(goals.goal("hai-phong", 2019)).isEmpty();
    }

    @Test
    void theGapIsMeasuredAgainstTheNextGoalWithSubIndexTargetsElseTheLatestEarlierOne() {
        // 2021, 2022 and 2025 set no sub-index targets; 2026 does (LEGAL 8.00). Latest published scores: 2022 (LEGAL 7.87).
        PciGoalGap before = goals.gapToGoal("hai-phong", 2021);
        PciGoalGap after = goals.gapToGoal("hai-phong", 2030);

        assertThat(before.goal().year()).isEqualTo(2026);
        assertThat(after.goal().year()).isEqualTo(2026);
        assertThat(before.latestScoredYear()).isEqualTo(2022);
        assertThat(before.subIndices()).hasSize(10);
        SubIndexGoalGap legal = before.subIndices().stream().filter(gap -> gap.subIndex().code().equals("LEGAL"))
                .findFirst().orElseThrow();
        assertThat(legal.latestScore()).isEqualByComparingTo("7.87");
        assertThat(legal.target()).isEqualByComparingTo("8.00");
        assertThat(legal.gap()).isEqualByComparingTo("0.13");
    }

    @Test
    @WithMockUser(roles = "ASSOCIATION_REP")
    void anyoneSignedInMayReadGoals() {
        assertThat(goals.goal("hai-phong", 2026)).isPresent();
    }
}
