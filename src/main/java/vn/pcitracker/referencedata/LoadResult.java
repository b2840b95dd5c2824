package vn.pcitracker.referencedata;

/** What loading one data set did: counts of rows inserted, updated, unchanged and kept as edited locally. */
public record LoadResult(String dataSet, int inserted, int updated, int unchanged, int keptLocalEdits) {

    public static Counter counter(String dataSet) {
        return new Counter(dataSet);
    }

    /** Counts outcomes while a data set is upserted. */
    public static final class Counter {
        private final String dataSet;
        private int inserted;
        private int updated;
        private int unchanged;
        private int kept;

        private Counter(String dataSet) {
            this.dataSet = dataSet;
        }

        public void inserted() {
            inserted++;
        }

        public void updated(boolean changed) {
            if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }

        public void keptLocalEdit() {
            kept++;
        }

        public LoadResult result() {
            return new LoadResult(dataSet, inserted, updated, unchanged, kept);
        }
    }
}
