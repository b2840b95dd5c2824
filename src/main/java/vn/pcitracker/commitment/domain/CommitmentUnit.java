package vn.pcitracker.commitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A counterpart unit of a commitment: a division of the signing agency by name, or an agency. */
@Entity
@Table(name = "commitment_unit")
public class CommitmentUnit extends AbstractEntity {

    public static final int DIVISION_NAME_MAX = 300;

    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "division_name", length = DIVISION_NAME_MAX)
    private String divisionName;
    @Column(name = "agency_id")
    private Long agencyId;

    protected CommitmentUnit() {
    }

    public static CommitmentUnit division(String name) {
        CommitmentUnit unit = new CommitmentUnit();
        unit.divisionName = name;
        return unit;
    }

    public static CommitmentUnit agency(long agencyId) {
        CommitmentUnit unit = new CommitmentUnit();
        unit.agencyId = agencyId;
        return unit;
    }

    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getDivisionName() { return divisionName; }
    public Long getAgencyId() { return agencyId; }

    public boolean isAgency(long id) {
        return Objects.equals(agencyId, id);
    }

    /** The same unit as a division name or agency id entered again. */
    public boolean sameAs(String name, Long agency) {
        return agencyId != null ? agencyId.equals(agency) : divisionName.equals(name);
    }
}
