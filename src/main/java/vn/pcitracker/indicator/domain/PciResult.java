package vn.pcitracker.indicator.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A province's published PCI for one edition; any figure may be absent (never estimated). */
@Entity
@Table(name = "pci_result")
public class PciResult extends AbstractEntity {

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "composite", precision = 5, scale = 2)
    private BigDecimal composite;

    @Column(name = "rank")
    private Integer rank;

    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    /** Score (0-10) per PCI sub-index id. */
    @ElementCollection
    @CollectionTable(name = "pci_sub_index_score", joinColumns = @JoinColumn(name = "result_id"))
    @MapKeyColumn(name = "sub_index_id")
    @Column(name = "score", nullable = false, precision = 4, scale = 2)
    private Map<Long, BigDecimal> scores = new HashMap<>();

    protected PciResult() {
    }

    public PciResult(Long provinceId, int year) {
        this.provinceId = provinceId;
        this.year = year;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getComposite() {
        return composite;
    }

    public void setComposite(BigDecimal composite) {
        this.composite = composite;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public Map<Long, BigDecimal> getScores() {
        return Map.copyOf(scores);
    }

    public void putScore(long subIndexId, BigDecimal score) {
        scores.put(subIndexId, score);
    }
}
