package vn.pcitracker.scale;

import java.util.SplittableRandom;

/** The one random source of a generation, walked in a fixed order so that a seed gives the same rows. */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double share) {
        return random.nextDouble() < share;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    int index(int size) {
        return random.nextInt(size);
    }

    /** An index drawn with the given cumulative weights (ascending, the last one the total). */
    int weighted(double[] cumulative) {
        double roll = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > roll) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Cumulative weights 1/(i + offset): a few popular choices and a long tail, as real shares are. */
    static double[] skewed(int size, double offset) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / (i + offset);
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
