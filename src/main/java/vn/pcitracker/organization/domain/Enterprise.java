package vn.pcitracker.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.pcitracker.organization.EnterpriseSummary;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A firm, identified by its tax code, that raises recommendations or is concerned by them. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends AbstractEntity {

    @Column(name = "tax_code", nullable = false, length = 14)
    private String taxCode;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "sector", length = 120)
    private String sector;
    @Column(name = "address", length = 500)
    private String address;
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
    @Column(name = "modified_locally", nullable = false)
    private boolean modifiedLocally;

    protected Enterprise() {
    }

    public Enterprise(String taxCode, String name) {
        this.taxCode = taxCode;
        this.name = name;
    }

    public EnterpriseSummary toSummary() {
        return new EnterpriseSummary(getId(), taxCode, name, sector, address, contactName, contactPhone,
                contactEmail, retiredOn, synthetic, getVersion());
    }

    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
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
    public boolean isModifiedLocally() { return modifiedLocally; }
    public void markModifiedLocally() { this.modifiedLocally = true; }
}
