package vn.pcitracker.licensing;

/** What became of a conditional line in the next version of its legal basis; labels {@code licensing.LineOutcome.<NAME>}. */
public enum LineOutcome {
    KEPT, MERGED, NARROWED, MOVED_TO_POST_INSPECTION, REMOVED;

    public String labelKey() {
        return "licensing.LineOutcome." + name();
    }
}
