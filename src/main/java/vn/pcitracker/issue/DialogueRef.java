package vn.pcitracker.issue;

import java.time.LocalDate;

/** A dialogue session as the issue module shows it. */
public record DialogueRef(long id, String title, LocalDate heldOn) {
}
