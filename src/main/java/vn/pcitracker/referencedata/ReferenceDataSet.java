package vn.pcitracker.referencedata;

/**
 * One kind of reference or demo data, owned by the module it belongs to. Implementations upsert by a
 * natural key so that loading twice changes nothing, and leave records an administrator edited alone.
 */
public interface ReferenceDataSet {

    /** Sets load in ascending order: what others refer to (codes, catalogues) comes first. */
    int order();

    /** Demo sets load only in demo mode. */
    default boolean demo() {
        return false;
    }

    /** Reads its files through {@code files} and upserts them; throws {@link ReferenceDataException}. */
    LoadResult load(CsvFiles files);
}
