package vn.pcitracker.scale;

/**
 * What to generate: {@code issues} recommendations received over {@code years} years up to today, led by
 * {@code agencies} agencies (the real ones first, then generated {@code SCALE-001}…), and {@code accounts} load-test
 * accounts (60 % agency officers, 15 % investment officers, 15 % leaders, 10 % association representatives). The same
 * spec, seed and day give the same rows.
 */
public record ScaleSpec(long issues, long seed, int agencies, int years, int accounts) {

    public static final long DEFAULT_SEED = 766;
    public static final int DEFAULT_AGENCIES = 120;
    public static final int DEFAULT_YEARS = 10;
    public static final int DEFAULT_ACCOUNTS = 500;

    public ScaleSpec {
        if (issues < 0 || agencies < 1 || years < 1 || accounts < 4) {
            throw new IllegalArgumentException("issues >= 0, agencies >= 1, years >= 1 and accounts >= 4, was " + issues
                    + ", " + agencies + ", " + years + ", " + accounts);
        }
    }

    /** {@code issues} with the defaults: seed 766, 120 agencies, 10 years, 500 accounts. */
    public static ScaleSpec of(long issues) {
        return new ScaleSpec(issues, DEFAULT_SEED, DEFAULT_AGENCIES, DEFAULT_YEARS, DEFAULT_ACCOUNTS);
    }
}
