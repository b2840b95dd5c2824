package vn.pcitracker.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.pcitracker.shared.domain.AbstractEntity;

/** One of the ten PCI sub-indices, scored 0-10; {@code code} is the stable key the data files use. */
@Entity
@Table(name = "pci_sub_index")
public class PciSubIndex extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "code", nullable = false, unique = true, length = 30)
    private String code;

    @Column(name = "number", nullable = false, unique = true)
    private int number;

    @Column(name = "name_vi", nullable = false, length = NAME_MAX_LENGTH)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = NAME_MAX_LENGTH)
    private String nameEn;

    @Column(name = "description_vi", length = 1000)
    private String descriptionVi;

    @Column(name = "description_en", length = 1000)
    private String descriptionEn;

    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    protected PciSubIndex() {
    }

    public PciSubIndex(String code, int number, String nameVi, String nameEn) {
        this.code = code;
        this.number = number;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }
}
