package vn.pcitracker.indicator.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A province's PCI goal for one year: target composite, rank and sub-index scores, from a plan or decision. */
@Entity
@Table(name = "pci_goal")
public class PciGoal extends AbstractEntity {

    public static final int SOURCE_DOCUMENT_MAX_LENGTH = 300;
    public static final int SOURCE_URL_MAX_LENGTH = 500;
    public static final int NOTE_MAX_LENGTH = 1000;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "target_composite", precision = 5, scale = 2)
    private BigDecimal targetComposite;

    @Column(name = "target_rank")
    private Integer targetRank;

    @Column(name = "source_document", nullable = false, length = 300)
    private String sourceDocument;

    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;

    /** Target score (0-10) per PCI sub-index id. */
    @ElementCollection
    @CollectionTable(name = "pci_goal_sub_index", joinColumns = @JoinColumn(name = "goal_id"))
    @MapKeyColumn(name = "sub_index_id")
    @Column(name = "target_score", nullable = false, precision = 4, scale = 2)
    private Map<Long, BigDecimal> subIndexTargets = new HashMap<>();

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 100)
    private String retiredBy;

    protected PciGoal() {
    }

    public PciGoal(Long provinceId, int year) {
        this.provinceId = provinceId;
        this.year = year;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public BigDecimal getTargetComposite() {
        return targetComposite;
    }

    public void setTargetComposite(BigDecimal targetComposite) {
        this.targetComposite = targetComposite;
    }

    public Integer getTargetRank() {
        return targetRank;
    }

    public void setTargetRank(Integer targetRank) {
        this.targetRank = targetRank;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public void setSourceDocument(String sourceDocument) {
        this.sourceDocument = sourceDocument;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isSynthetic() {
        return synthetic;
    }

    public void setSynthetic(boolean synthetic) {
        this.synthetic = synthetic;
    }

    public Map<Long, BigDecimal> getSubIndexTargets() {
        return Map.copyOf(subIndexTargets);
    }

    /** Replaces every sub-index target. */
    public void setSubIndexTargets(Map<Long, BigDecimal> targets) {
        subIndexTargets.clear();
        subIndexTargets.putAll(targets);
    }

    /** Takes the goal out of force; the row and its targets stay, for the history and the audit. */
    public void retire(Instant at, String by) {
        this.retiredAt = at;
        this.retiredBy = by;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }
}
