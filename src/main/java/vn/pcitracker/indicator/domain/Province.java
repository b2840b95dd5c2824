package vn.pcitracker.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A province as PCI ranks it; kept after a merger so that its published results stay as published. */
@Entity
@Table(name = "province")
public class Province extends AbstractEntity {

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 120)
    private String nameVi;

    @Column(name = "name_en", length = 120)
    private String nameEn;

    @Column(name = "note", length = 500)
    private String note;

    protected Province() {
    }

    public Province(String code, String nameVi) {
        this.code = code;
        this.nameVi = nameVi;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
