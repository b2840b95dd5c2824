package vn.pcitracker.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.pcitracker.licensing.LegalBasisSummary;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A law or appendix that lists conditional business lines. */
@Entity
@Table(name = "legal_basis")
public class LegalBasis extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 40)
    private String code;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "effective_to")
    private LocalDate effectiveTo;
    @Column(name = "source_url")
    private String sourceUrl;

    protected LegalBasis() {
    }

    public LegalBasis(String code, String nameVi) {
        this.code = code;
        this.nameVi = nameVi;
    }

    public LegalBasisSummary toSummary() {
        return new LegalBasisSummary(getId(), code, nameVi, nameEn, effectiveFrom, effectiveTo, sourceUrl);
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
}
