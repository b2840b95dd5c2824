package vn.pcitracker.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.pcitracker.indicator.UnitLevel;
import vn.pcitracker.shared.domain.AbstractEntity;

/**
 * A set of DDCI components for one unit level and span of years. Provinces choose their own; the
 * reference model ({@code referenceModel}) is what ddci.org.vn describes.
 */
@Entity
@Table(name = "ddci_catalogue")
public class DdciCatalogue extends AbstractEntity {

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 255)
    private String nameVi;

    @Column(name = "name_en", length = 255)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 20)
    private UnitLevel unitLevel;

    @Column(name = "reference_model", nullable = false)
    private boolean referenceModel;

    @Column(name = "first_year")
    private Integer firstYear;

    @Column(name = "last_year")
    private Integer lastYear;

    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    protected DdciCatalogue() {
    }

    public DdciCatalogue(String code, String nameVi, UnitLevel unitLevel) {
        this.code = code;
        this.nameVi = nameVi;
        this.unitLevel = unitLevel;
    }

    public String getCode() {
        return code;
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

    public UnitLevel getUnitLevel() {
        return unitLevel;
    }

    public void setUnitLevel(UnitLevel unitLevel) {
        this.unitLevel = unitLevel;
    }

    public boolean isReferenceModel() {
        return referenceModel;
    }

    public void setReferenceModel(boolean referenceModel) {
        this.referenceModel = referenceModel;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public void setLastYear(Integer lastYear) {
        this.lastYear = lastYear;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }
}
