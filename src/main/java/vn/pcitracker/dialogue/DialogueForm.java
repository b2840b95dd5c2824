package vn.pcitracker.dialogue;

import java.time.LocalDate;
import java.util.Set;

/** What an officer enters for a new or changed session; {@link DialogueService} checks every rule. */
public record DialogueForm(DialogueKind kind, String title, LocalDate heldOn, String place, Long hostAgencyId,
                           String chair, Set<Long> associationIds, Integer firmsAttending, String minutes) {

    public static final int TITLE_MAX = 255;
    public static final int PLACE_MAX = 255;
    public static final int CHAIR_MAX = 255;
    public static final int MINUTES_MAX = 100_000;

    public DialogueForm {
        associationIds = associationIds == null ? Set.of() : Set.copyOf(associationIds);
    }
}
