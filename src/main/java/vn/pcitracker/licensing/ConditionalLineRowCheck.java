package vn.pcitracker.licensing;

import static vn.pcitracker.licensing.ConditionalLineImporter.KEY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.pcitracker.licensing.domain.LegalBasis;
import vn.pcitracker.shared.importing.CatalogueMatcher;
import vn.pcitracker.shared.importing.ImportCells;
import vn.pcitracker.shared.importing.ImportProblems;
import vn.pcitracker.shared.importing.ImportRow;

/**
 * The checks of one row of a conditional-lines file: every problem of the row is reported, by column. Legal bases
 * are named by code or name and outcomes by code or label, ignoring case and diacritics.
 */
final class ConditionalLineRowCheck {

    private final CatalogueMatcher<LegalBasis> bases;
    private final CatalogueMatcher<LineOutcome> outcomes;
    private final String outcomeLabels;

    ConditionalLineRowCheck(CatalogueMatcher<LegalBasis> bases, CatalogueMatcher<LineOutcome> outcomes,
                            String outcomeLabels) {
        this.bases = bases;
        this.outcomes = outcomes;
        this.outcomeLabels = outcomeLabels;
    }

    /** The row, or null when it has problems (added to {@code problems}). */
    ConditionalLineDraft check(ImportRow row, ImportProblems problems) {
        int line = row.row();
        String basis = basis(row, "legal_basis_code", problems);
        Integer number = positive(row, "number", problems);
        String nameVi = ImportCells.required(row, "name_vi", problems);
        ImportCells.text(row, "name_vi", 1000, problems);
        String nameEn = ImportCells.text(row, "name_en", 1000, problems);
        String ministry = ImportCells.text(row, "managing_ministry", 255, problems);
        String sourceUrl = ImportCells.text(row, "source_url", 1000, problems);
        LocalDate validFrom = ImportCells.date(row, "valid_from", problems);
        LocalDate validTo = ImportCells.date(row, "valid_to", problems);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(line, "valid_to", KEY + "endsBeforeStart");
        }
        LineOutcome outcome = outcome(row, problems);
        String nextBasis = basis(row, "next_legal_basis_code", problems);
        Integer nextNumber = row.has("next_number") ? positive(row, "next_number", problems) : null;
        checkNext(row, basis, outcome, nextBasis, nextNumber, problems);
        if (problems.hasRow(line)) {
            return null;
        }
        return new ConditionalLineDraft(line, basis, number, nameVi, nameEn, ministry, validFrom, validTo, outcome,
                sourceUrl, nextBasis, nextNumber, false);
    }

    /** The code of the legal basis the cell names; the first column is required. */
    private String basis(ImportRow row, String column, ImportProblems problems) {
        if (column.equals("legal_basis_code") && ImportCells.required(row, column, problems) == null) {
            return null;
        }
        LegalBasis basis = bases.find(row, column, problems);
        return basis == null ? null : basis.getCode();
    }

    private LineOutcome outcome(ImportRow row, ImportProblems problems) {
        String text = row.get("next_outcome");
        if (text == null) {
            return null;
        }
        List<LineOutcome> found = outcomes.matches(text);
        if (found.size() != 1) {
            problems.add(row.row(), "next_outcome", KEY + "unknownOutcome", text, outcomeLabels);
            return null;
        }
        return found.getFirst();
    }

    /** A whole number of 1 or more ("12" or, from a number cell, "12.0"); required in the column "number". */
    private static Integer positive(ImportRow row, String column, ImportProblems problems) {
        String text = column.equals("number") ? ImportCells.required(row, column, problems) : row.get(column);
        if (text == null) {
            return null;
        }
        try {
            int value = new BigDecimal(text).intValueExact();
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below, like a number below 1
        }
        problems.add(row.row(), column, KEY + "notPositive", text);
        return null;
    }

    /** The next line needs both cells, a different legal basis, and an outcome that keeps the line alive. */
    private static void checkNext(ImportRow row, String basis, LineOutcome outcome, String nextBasis,
                                  Integer nextNumber, ImportProblems problems) {
        if (nextBasis == null && nextNumber == null) {
            return;
        }
        if (!row.has("next_legal_basis_code")) {
            problems.required(row.row(), "next_legal_basis_code");
        } else if (nextBasis != null && nextBasis.equals(basis)) {
            problems.add(row.row(), "next_legal_basis_code", KEY + "nextSameBasis");
        }
        if (!row.has("next_number")) {
            problems.required(row.row(), "next_number");
        }
        if (outcome == null || outcome == LineOutcome.REMOVED) {
            problems.add(row.row(), "next_outcome", KEY + "nextNeedsOutcome");
        }
    }
}
