package vn.pcitracker.shared.importing;

/**
 * Told by an importer how far it is, from whichever thread it runs on; the wizard's progress bar shows it.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = (done, total) -> { };

    void rowsDone(int done, int total);
}
