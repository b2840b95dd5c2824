package vn.pcitracker.licensing.bottleneck;

import java.util.Set;

/**
 * What the register is narrowed to; null or empty means "any". {@code text} matches code, title and
 * description ignoring case and Vietnamese diacritics; {@code agencyId} matches the agency concerned or the owner
 * of the fix; {@code legalBasisId} matches bottlenecks whose line belongs to that basis.
 */
public record BottleneckFilter(String text, Set<BottleneckState> states, Long agencyId, BottleneckCause cause,
                               Long legalBasisId, Long lineId, Long procedureId) {

    public BottleneckFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static BottleneckFilter none() {
        return new BottleneckFilter(null, Set.of(), null, null, null, null, null);
    }
}
