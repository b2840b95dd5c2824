package vn.pcitracker.organization;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up tax codes that pass the shared check digit, different in every test. */
public final class TestTaxCodes {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TestTaxCodes() {
    }

    /** A code of the 0299 series (as the demo firms), with a valid check digit. */
    public static String fresh() {
        while (true) {
            String first = "0299" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            int sum = 0;
            for (int i = 0; i < WEIGHTS.length; i++) {
                sum += WEIGHTS[i] * (first.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return first + check;
            }
        }
    }
}
