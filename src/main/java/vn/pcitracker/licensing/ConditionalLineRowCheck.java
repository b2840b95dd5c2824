package vn.pcitracker.licensing;

import static vn.pcitracker.licensing.ConditionalLineImporter.KEY;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** The checks of one row of a conditional-lines CSV: every problem of the row is reported, by column. */
final class ConditionalLineRowCheck {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ConditionalLineRowCheck() {
    }

    /** The row, or null when it has problems (added to {@code problems}). */
    static ConditionalLineImporter.Row check(CSVRecord record, long line, Set<String> basisCodes, List<ImportProblem> problems) {
        int before = problems.size();
        String basis = cell(record, "legal_basis_code");
        if (basis == null) {
            problems.add(new ImportProblem(line, "legal_basis_code", "shared.validation.required"));
        } else if (!basisCodes.contains(basis)) {
            problems.add(new ImportProblem(line, "legal_basis_code", KEY + "unknownBasis", basis));
        }
        Integer number = null;
        String numberText = cell(record, "number");
        if (numberText == null) {
            problems.add(new ImportProblem(line, "number", "shared.validation.required"));
        } else {
            try {
                number = Integer.valueOf(numberText);
                if (number < 1) {
                    problems.add(new ImportProblem(line, "number", KEY + "notPositive", numberText));
                }
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(line, "number", KEY + "notPositive", numberText));
            }
        }
        String nameVi = cell(record, "name_vi");
        if (nameVi == null) {
            problems.add(new ImportProblem(line, "name_vi", "shared.validation.required"));
        }
        length(record, "name_vi", 1000, line, problems);
        length(record, "name_en", 1000, line, problems);
        length(record, "managing_ministry", 255, line, problems);
        length(record, "source_url", 1000, line, problems);
        LocalDate validFrom = date(record, "valid_from", line, problems);
        LocalDate validTo = date(record, "valid_to", line, problems);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new ImportProblem(line, "valid_to", KEY + "endsBeforeStart"));
        }
        LineOutcome outcome = null;
        String outcomeText = cell(record, "next_outcome");
        if (outcomeText != null) {
            try {
                outcome = LineOutcome.valueOf(outcomeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(line, "next_outcome", KEY + "unknownOutcome", outcomeText));
            }
        }
        String nextBasis = cell(record, "next_legal_basis_code");
        Integer nextNumber = nextNumber(record, line, problems);
        checkNext(line, basis, outcome, nextBasis, nextNumber, basisCodes, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ConditionalLineImporter.Row(line, basis, number, nameVi, cell(record, "name_en"), cell(record, "managing_ministry"),
                validFrom, validTo, outcome, cell(record, "source_url"), nextBasis, nextNumber);
    }

    private static Integer nextNumber(CSVRecord record, long line, List<ImportProblem> problems) {
        String text = cell(record, "next_number");
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ImportProblem(line, "next_number", KEY + "notPositive", text));
        return null;
    }

    /** The next line needs both cells, a known and different legal basis, and an outcome that keeps the line alive. */
    private static void checkNext(long line, String basis, LineOutcome outcome, String nextBasis, Integer nextNumber,
                                  Set<String> basisCodes, List<ImportProblem> problems) {
        if (nextBasis == null && nextNumber == null) {
            return;
        }
        if (nextBasis == null) {
            problems.add(new ImportProblem(line, "next_legal_basis_code", "shared.validation.required"));
        } else if (!basisCodes.contains(nextBasis)) {
            problems.add(new ImportProblem(line, "next_legal_basis_code", KEY + "unknownBasis", nextBasis));
        } else if (nextBasis.equals(basis)) {
            problems.add(new ImportProblem(line, "next_legal_basis_code", KEY + "nextSameBasis"));
        }
        if (outcome == null || outcome == LineOutcome.REMOVED) {
            problems.add(new ImportProblem(line, "next_outcome", KEY + "nextNeedsOutcome"));
        }
    }

    private static void length(CSVRecord record, String column, int max, long line, List<ImportProblem> problems) {
        String value = cell(record, column);
        if (value != null && value.length() > max) {
            problems.add(new ImportProblem(line, column, "shared.validation.tooLong", max));
        }
    }

    private static LocalDate date(CSVRecord record, String column, long line, List<ImportProblem> problems) {
        String value = cell(record, column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, column, KEY + "notADate", value));
            return null;
        }
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}
