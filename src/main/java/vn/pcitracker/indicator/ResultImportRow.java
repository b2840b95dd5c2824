package vn.pcitracker.indicator;

import java.math.BigDecimal;
import java.util.Map;
import vn.pcitracker.shared.importing.RowRecord;

/**
 * A checked row of a province results file. {@code newProvince}: the province is not known yet and will be created
 * with the row's names; {@code replacesResult}: a result of that province and year is stored and will be updated.
 * {@code scores} are keyed by sub-index code and hold only the cells that were filled in.
 */
public record ResultImportRow(int row, String provinceCode, String nameVi, String nameEn, int year,
                              BigDecimal composite, Integer rank, String sourceUrl, Map<String, BigDecimal> scores,
                              boolean newProvince, boolean replacesResult) implements RowRecord {
}
