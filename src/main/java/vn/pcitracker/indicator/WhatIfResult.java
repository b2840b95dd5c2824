package vn.pcitracker.indicator;

/**
 * A what-if computation: the edition whose weights were used (null when no edition has weights), the goal it was
 * measured against (null when none was chosen or set), and the outcome.
 */
public record WhatIfResult(EditionWeights edition, ProvinceGoal goal, PciWhatIf.Outcome outcome) {

    public boolean computable() {
        return outcome.composite().value().isPresent();
    }
}
