package vn.pcitracker.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment as entered by an investment officer: divisions by name for {@link UnitKind#DIVISION}, agencies by id
 * for {@link UnitKind#AGENCY} (the other list is ignored). Errors come back named after these components, and
 * {@code criteria.<index>.<component>} for a criterion's fields.
 */
public record CommitmentForm(String title, LocalDate periodFrom, LocalDate periodTo, Long signingAgencyId,
                             String signerTitle, UnitKind unitKind, List<String> divisionNames, List<Long> unitAgencyIds,
                             LocalDate signedOn, String documentReference, List<CriterionForm> criteria) {

    public CommitmentForm {
        divisionNames = divisionNames == null ? List.of() : List.copyOf(divisionNames);
        unitAgencyIds = unitAgencyIds == null ? List.of() : List.copyOf(unitAgencyIds);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
