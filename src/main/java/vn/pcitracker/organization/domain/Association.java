package vn.pcitracker.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.pcitracker.organization.AssociationSummary;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A business association that submits recommendations on behalf of its members. */
@Entity
@Table(name = "association")
public class Association extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 40)
    private String code;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "tax_code", length = 14)
    private String taxCode;
    @Column(name = "sector", length = 120)
    private String sector;
    @Column(name = "contact_name", length = 120)
    private String contactName;
    @Column(name = "contact_phone", length = 30)
    private String contactPhone;
    @Column(name = "contact_email", length = 254)
    private String contactEmail;
    @Column(name = "retired_on")
    private LocalDate retiredOn;
    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;
    @Column(name = "source_url", length = 500)
    private String sourceUrl;
    @Column(name = "modified_locally", nullable = false)
    private boolean modifiedLocally;

    protected Association() {
    }

    public Association(String code, String nameVi) {
        this.code = code;
        this.nameVi = nameVi;
    }

    public AssociationSummary toSummary() {
        return new AssociationSummary(getId(), code, nameVi, nameEn, taxCode, sector, contactName, contactPhone,
                contactEmail, retiredOn, synthetic, getVersion());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public LocalDate getRetiredOn() { return retiredOn; }
    public void setRetiredOn(LocalDate retiredOn) { this.retiredOn = retiredOn; }
    public boolean isSynthetic() { return synthetic; }
    public void setSynthetic(boolean synthetic) { this.synthetic = synthetic; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public boolean isModifiedLocally() { return modifiedLocally; }
    public void markModifiedLocally() { this.modifiedLocally = true; }
}
