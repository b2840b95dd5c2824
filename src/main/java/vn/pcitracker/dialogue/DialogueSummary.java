package vn.pcitracker.dialogue;

import java.time.LocalDate;
import java.util.Set;

/** A session as views and other modules see it; {@code minutes} keeps the line breaks as typed. */
public record DialogueSummary(long id, DialogueKind kind, String title, LocalDate heldOn, String place,
                              long hostAgencyId, String chair, Set<Long> associationIds, Integer firmsAttending,
                              String minutes, boolean synthetic, long version) {

    public DialogueSummary {
        associationIds = associationIds == null ? Set.of() : Set.copyOf(associationIds);
    }
}
