package vn.pcitracker.commitment;

import java.time.Instant;
import java.time.LocalDate;

/** A retired commitment as managers see it in order to restore it: who retired it, when, and the version read. */
public record RetiredCommitment(long id, String title, LocalDate periodFrom, LocalDate periodTo, Instant retiredAt,
                                String retiredBy, long version) {
}
