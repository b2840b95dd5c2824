package vn.pcitracker.organization;

import java.time.LocalDate;
import java.util.List;

/** What an administrator enters for an agency; the limits match the columns of {@code agency}. */
public record AgencyForm(String code, String nameVi, String nameEn, AgencyKind kind, Long parentId,
                         LocalDate validFrom, LocalDate validTo, List<Long> successorIds) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 255;

    public AgencyForm {
        successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
    }
}
