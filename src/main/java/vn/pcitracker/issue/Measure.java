package vn.pcitracker.issue;

import java.util.OptionalDouble;

/**
 * A measure as its two counts, so that a reader can see what a rate rests on and measures can be summed over
 * agencies or periods before dividing. {@link IssueMeasures} documents each one's numerator and denominator.
 */
public record Measure(long numerator, long denominator) {

    /** Numerator ÷ denominator; empty when the denominator is 0 (nothing to measure is not 0 %). */
    public OptionalDouble rate() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
