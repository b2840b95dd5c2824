package vn.pcitracker.licensing.bottleneck;

/** A bottleneck named briefly, as a link to it. */
public record BottleneckRef(long id, String code, String title, BottleneckState state) {
}
