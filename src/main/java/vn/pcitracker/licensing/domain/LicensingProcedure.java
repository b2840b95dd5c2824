package vn.pcitracker.licensing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import vn.pcitracker.licensing.LicensingProcedureSummary;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A licensing procedure; the issuing agency belongs to the organization module and is referred to by id. */
@Entity
@Table(name = "licensing_procedure")
public class LicensingProcedure extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 40)
    private String code;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "issuing_agency_id", nullable = false)
    private long issuingAgencyId;
    @Column(name = "statutory_days", nullable = false)
    private int statutoryDays;
    @Column(name = "reduced_days")
    private Integer reducedDays;
    @ElementCollection
    @CollectionTable(name = "licensing_procedure_line", joinColumns = @JoinColumn(name = "procedure_id"))
    @Column(name = "line_id", nullable = false)
    @BatchSize(size = 50)
    private Set<Long> lineIds = new HashSet<>();

    protected LicensingProcedure() {
    }

    public LicensingProcedure(String code) {
        this.code = code;
    }

    public LicensingProcedureSummary toSummary() {
        return new LicensingProcedureSummary(getId(), code, nameVi, issuingAgencyId, statutoryDays, reducedDays,
                Set.copyOf(lineIds), getVersion());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public long getIssuingAgencyId() { return issuingAgencyId; }
    public void setIssuingAgencyId(long issuingAgencyId) { this.issuingAgencyId = issuingAgencyId; }
    public int getStatutoryDays() { return statutoryDays; }
    public void setStatutoryDays(int statutoryDays) { this.statutoryDays = statutoryDays; }
    public Integer getReducedDays() { return reducedDays; }
    public void setReducedDays(Integer reducedDays) { this.reducedDays = reducedDays; }

    public void replaceLines(Set<Long> ids) {
        if (!lineIds.equals(ids)) {
            lineIds.clear();
            lineIds.addAll(ids);
        }
    }
}
