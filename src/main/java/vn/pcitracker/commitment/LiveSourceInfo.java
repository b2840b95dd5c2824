package vn.pcitracker.commitment;

/** A live source as the criteria editor offers it. */
public record LiveSourceInfo(String key, String labelKey, String unit, String formulaKey) {
}
