package vn.pcitracker.licensing;

import java.time.LocalDate;
import vn.pcitracker.shared.importing.RowRecord;

/**
 * A checked row of a conditional-lines file, as the import preview shows it and as it is stored. {@code nextBasisCode}
 * and {@code nextNumber} name the line this one became in a later legal basis (in the file or already stored);
 * {@code stored}: a line with this legal basis and number exists and will be updated.
 */
public record ConditionalLineDraft(int row, String legalBasisCode, int number, String nameVi, String nameEn,
                                   String managingMinistry, LocalDate validFrom, LocalDate validTo,
                                   LineOutcome nextOutcome, String sourceUrl, String nextBasisCode, Integer nextNumber,
                                   boolean stored) implements RowRecord {

    String key() {
        return legalBasisCode + "#" + number;
    }

    String nextKey() {
        return nextBasisCode == null ? null : nextBasisCode + "#" + nextNumber;
    }

    ConditionalLineDraft asStored() {
        return new ConditionalLineDraft(row, legalBasisCode, number, nameVi, nameEn, managingMinistry, validFrom,
                validTo, nextOutcome, sourceUrl, nextBasisCode, nextNumber, true);
    }
}
