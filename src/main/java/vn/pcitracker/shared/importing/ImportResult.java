package vn.pcitracker.shared.importing;

import java.util.List;

/**
 * What an import did: the counts and links to the records, or the problems for which nothing was imported.
 *
 * @param created   records created
 * @param updated   records changed
 * @param unchanged rows that matched a stored record already equal to them
 * @param links     links to the created or changed records (the wizard shows the first ones)
 * @param problems  when not empty, nothing was imported
 */
public record ImportResult(int created, int updated, int unchanged, List<ImportLink> links,
                           List<ImportProblem> problems) {

    public ImportResult {
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    public static ImportResult imported(int created, int updated, int unchanged, List<ImportLink> links) {
        return new ImportResult(created, updated, unchanged, links, List.of());
    }

    public static ImportResult refused(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused import names its problems");
        }
        return new ImportResult(0, 0, 0, List.of(), problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
