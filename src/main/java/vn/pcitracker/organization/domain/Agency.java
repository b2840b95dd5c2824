package vn.pcitracker.organization.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import vn.pcitracker.organization.AgencyKind;
import vn.pcitracker.organization.AgencySummary;
import vn.pcitracker.shared.domain.AbstractEntity;

/** An agency over its period of validity; when it ends, its successors (first = primary) take over. */
@Entity
@Table(name = "agency")
public class Agency extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 40)
    private String code;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private AgencyKind kind;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    // Lists map every agency to its summary, successors included: one query for up to 200 agencies, not one each.
    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "agency_successor", joinColumns = @JoinColumn(name = "agency_id"))
    @OrderColumn(name = "position")
    @Column(name = "successor_id", nullable = false)
    private List<Long> successorIds = new ArrayList<>();
    @Column(name = "source_url", length = 500)
    private String sourceUrl;
    @Column(name = "note", length = 1000)
    private String note;
    @Column(name = "modified_locally", nullable = false)
    private boolean modifiedLocally;

    protected Agency() {
    }

    public Agency(String code, String nameVi, AgencyKind kind) {
        this.code = code;
        this.nameVi = nameVi;
        this.kind = kind;
    }

    public AgencySummary toSummary() {
        return new AgencySummary(getId(), code, nameVi, nameEn, kind, parentId, validFrom, validTo,
                List.copyOf(successorIds), getVersion());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public AgencyKind getKind() { return kind; }
    public void setKind(AgencyKind kind) { this.kind = kind; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public List<Long> getSuccessorIds() { return List.copyOf(successorIds); }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isModifiedLocally() { return modifiedLocally; }
    public void markModifiedLocally() { this.modifiedLocally = true; }

    /** Replaces the successors in order; returns whether anything changed. */
    public boolean replaceSuccessors(List<Long> ids) {
        if (Objects.equals(successorIds, ids)) {
            return false;
        }
        successorIds.clear();
        successorIds.addAll(ids);
        return true;
    }
}
