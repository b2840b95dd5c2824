package vn.pcitracker.shared.importing;

/**
 * A link from an import's result to a record it created or changed.
 *
 * @param label    what the user reads, e.g. the record's code and title
 * @param location the route of the record relative to the application root, e.g. {@code issues/42}
 */
public record ImportLink(String label, String location) {
}
