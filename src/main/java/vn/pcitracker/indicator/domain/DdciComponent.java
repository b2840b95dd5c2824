package vn.pcitracker.indicator.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import vn.pcitracker.shared.domain.AbstractEntity;

/**
 * One component of a DDCI catalogue and the PCI sub-indices it is assumed to move. Once an administrator
 * edits it ({@code modifiedLocally}), the reference data files no longer overwrite it.
 */
@Entity
@Table(name = "ddci_component")
public class DdciComponent extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 255;

    @Column(name = "catalogue_id", nullable = false)
    private Long catalogueId;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name_vi", nullable = false, length = NAME_MAX_LENGTH)
    private String nameVi;

    @Column(name = "name_en", length = NAME_MAX_LENGTH)
    private String nameEn;

    @Column(name = "modified_locally", nullable = false)
    private boolean modifiedLocally;

    @ElementCollection
    @CollectionTable(name = "ddci_component_pci", joinColumns = @JoinColumn(name = "component_id"))
    @Column(name = "sub_index_id", nullable = false)
    private Set<Long> pciSubIndexIds = new HashSet<>();

    protected DdciComponent() {
    }

    public DdciComponent(Long catalogueId, String code, int position, String nameVi) {
        this.catalogueId = catalogueId;
        this.code = code;
        this.position = position;
        this.nameVi = nameVi;
    }

    public Long getCatalogueId() {
        return catalogueId;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
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

    public boolean isModifiedLocally() {
        return modifiedLocally;
    }

    public Set<Long> getPciSubIndexIds() {
        return Set.copyOf(pciSubIndexIds);
    }

    /** Replaces the mapping; changes the collection only when the set differs, so reloading bumps nothing. */
    public void setPciSubIndexIds(Set<Long> ids) {
        if (!pciSubIndexIds.equals(ids)) {
            pciSubIndexIds.clear();
            pciSubIndexIds.addAll(ids);
        }
    }

    /** An administrator's edit: from now on the reference data files leave this component alone. */
    public void editLocally(String nameVi, String nameEn, Set<Long> ids) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        setPciSubIndexIds(ids);
        this.modifiedLocally = true;
    }
}
