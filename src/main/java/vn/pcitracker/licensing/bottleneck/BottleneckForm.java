package vn.pcitracker.licensing.bottleneck;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters for a bottleneck. {@code lineId} is optional: a line the procedure serves, or any line of
 * the catalogue; {@code ownerAgencyId} (who carries the fix) may be empty; {@code identifiedOn} defaults to today
 * on creation and is kept on edits.
 */
public record BottleneckForm(Long procedureId, Long lineId, Long agencyId, Long ownerAgencyId, String title,
                             String description, Set<BottleneckCause> causes, Integer informalCostReports,
                             String informalCostNote, Set<Long> ddciComponentIds, ProposedFix fix, LocalDate targetDate,
                             boolean isPublic, LocalDate identifiedOn) {

    public static final int TITLE_MAX = 300;
    public static final int NOTE_MAX = 2000;

    public BottleneckForm {
        causes = causes == null ? Set.of() : Set.copyOf(causes);
        ddciComponentIds = ddciComponentIds == null ? Set.of() : Set.copyOf(ddciComponentIds);
        fix = fix == null ? ProposedFix.none() : fix;
    }
}
