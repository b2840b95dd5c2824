package vn.pcitracker.licensing.bottleneck;


/**
 * The bottlenecks an agency owns (the owner of the fix, else the agency concerned): {@code open} = identified,
 * analysing, fix proposed or approved; {@code fixed} = fix implemented or verified. Dropped ones are left out.
 */
public record OwnedBottlenecks(long agencyId, long open, long fixed) {
}
