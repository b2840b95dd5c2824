package vn.pcitracker.licensing.bottleneck;

import org.springframework.modulith.NamedInterface;

/**
 * The bottlenecks an agency owns (the owner of the fix, else the agency concerned): {@code open} = identified,
 * analysing, fix proposed or approved; {@code fixed} = fix implemented or verified. Dropped ones are left out.
 */
@NamedInterface("bottleneck-ownership")
public record OwnedBottlenecks(long agencyId, long open, long fixed) {
}
