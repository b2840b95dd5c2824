package vn.pcitracker.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.pcitracker.licensing.ConditionalLineSummary;
import vn.pcitracker.licensing.LineOutcome;
import vn.pcitracker.shared.domain.AbstractEntity;

/** One numbered line of a legal basis; the same activity under a later basis is another row. */
@Entity
@Table(name = "conditional_line")
public class ConditionalLine extends AbstractEntity {

    @Column(name = "legal_basis_id", nullable = false)
    private long legalBasisId;
    @Column(name = "number", nullable = false)
    private int number;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "managing_ministry")
    private String managingMinistry;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "next_outcome", length = 30)
    private LineOutcome nextOutcome;
    @Column(name = "next_line_id")
    private Long nextLineId;
    @Column(name = "source_url")
    private String sourceUrl;

    protected ConditionalLine() {
    }

    public ConditionalLine(long legalBasisId, int number, String nameVi) {
        this.legalBasisId = legalBasisId;
        this.number = number;
        this.nameVi = nameVi;
    }

    public ConditionalLineSummary toSummary(String legalBasisCode) {
        return new ConditionalLineSummary(getId(), legalBasisId, legalBasisCode, number, nameVi, nameEn, managingMinistry,
                validFrom, validTo, nextOutcome, nextLineId, sourceUrl, getVersion());
    }

    public long getLegalBasisId() { return legalBasisId; }
    public int getNumber() { return number; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getManagingMinistry() { return managingMinistry; }
    public void setManagingMinistry(String managingMinistry) { this.managingMinistry = managingMinistry; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public LineOutcome getNextOutcome() { return nextOutcome; }
    public void setNextOutcome(LineOutcome nextOutcome) { this.nextOutcome = nextOutcome; }
    public Long getNextLineId() { return nextLineId; }
    public void setNextLineId(Long nextLineId) { this.nextLineId = nextLineId; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
}
