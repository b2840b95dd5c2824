package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The what-if calculator: what composite the entered sub-index values would give under an edition's weights, how
 * far that is from a goal, and which sub-indices move the composite most per point.
 */
@Service
public class PciWhatIfService {

    /** Everyone who plans or reports on PCI: not the business associations. */
    public static final String MAY_USE = "hasAnyRole('ADMIN','INVESTMENT_OFFICER','AGENCY_OFFICER','LEADER')";

    private final PciService pci;
    private final PciEditionService editions;
    private final PciGoalService goals;

    PciWhatIfService(PciService pci, PciEditionService editions, PciGoalService goals) {
        this.pci = pci;
        this.editions = editions;
        this.goals = goals;
    }

    /** The province's newest published sub-index scores, to start from; empty when none are known. */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_USE)
    public Optional<PciYearResult> latestPublishedScores(String provinceCode) {
        return pci.history(provinceCode).years().stream().filter(PciYearResult::hasSubIndexScores)
                .max(Comparator.comparingInt(PciYearResult::year));
    }

    /** The years of the editions that have weights, newest first: the ones the calculator can use. */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_USE)
    public List<Integer> editionsWithWeights() {
        return editions.editions().stream().filter(EditionSummary::hasWeights).map(EditionSummary::year).toList();
    }

    /**
     * Computes with the weights of {@code editionYear} (the newest edition with weights when null; an edition
     * without weights gives "not computable") against the province's goal of {@code goalYear} (none when null).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_USE)
    public WhatIfResult compute(String provinceCode, Integer editionYear, Map<String, BigDecimal> values,
                                Integer goalYear) {
        Integer year = editionYear != null ? editionYear : editionsWithWeights().stream().findFirst().orElse(null);
        EditionWeights edition = year == null ? null : pci.weights(year).orElse(null);
        Map<String, BigDecimal> weights = edition == null ? Map.of() : edition.weights();
        ProvinceGoal goal = goalYear == null ? null : goals.goal(provinceCode, goalYear).orElse(null);
        PciWhatIf.Outcome outcome = PciWhatIf.compute(weights, values,
                goal == null ? null : goal.targetComposite(), goal == null ? Map.of() : goal.subIndexTargets());
        return new WhatIfResult(edition, goal, outcome);
    }
}
