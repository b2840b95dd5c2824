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
import java.util.Objects;
import vn.pcitracker.shared.domain.AbstractEntity;

/**
 * One unit's official DDCI result in a catalogue and year, as published: score, rank and band are imported, never
 * computed (band cut-offs are unconfirmed). The unit is an agency when the name matched one, else only a name.
 */
@Entity
@Table(name = "ddci_result")
public class DdciResult extends AbstractEntity {

    public static final int UNIT_NAME_MAX_LENGTH = 255;
    public static final int BAND_MAX_LENGTH = 60;
    public static final int SOURCE_DOCUMENT_MAX_LENGTH = 300;
    public static final int SOURCE_URL_MAX_LENGTH = 500;

    @Column(name = "catalogue_id", nullable = false)
    private Long catalogueId;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "unit_key", nullable = false, length = UNIT_NAME_MAX_LENGTH)
    private String unitKey;

    @Column(name = "unit_name", nullable = false, length = UNIT_NAME_MAX_LENGTH)
    private String unitName;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "rank")
    private Integer rank;

    @Column(name = "band", length = BAND_MAX_LENGTH)
    private String band;

    @Column(name = "source_document", length = SOURCE_DOCUMENT_MAX_LENGTH)
    private String sourceDocument;

    @Column(name = "source_url", length = SOURCE_URL_MAX_LENGTH)
    private String sourceUrl;

    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;

    /** Component score (0-100) per DDCI component id of the catalogue. */
    @ElementCollection
    @CollectionTable(name = "ddci_result_component", joinColumns = @JoinColumn(name = "result_id"))
    @MapKeyColumn(name = "component_id")
    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private Map<Long, BigDecimal> componentScores = new HashMap<>();

    protected DdciResult() {
    }

    public DdciResult(Long catalogueId, int year, String unitKey) {
        this.catalogueId = catalogueId;
        this.year = year;
        this.unitKey = unitKey;
    }

    /** Replaces everything published about the unit; true when anything differed. */
    public boolean publish(String unitName, Long agencyId, BigDecimal score, Integer rank, String band,
                        String sourceDocument, String sourceUrl, boolean synthetic, Map<Long, BigDecimal> components) {
        boolean changed = !Objects.equals(unitName, this.unitName) || !Objects.equals(agencyId, this.agencyId)
                || this.score == null || score.compareTo(this.score) != 0 || !Objects.equals(rank, this.rank)
                || !Objects.equals(band, this.band) || !Objects.equals(sourceDocument, this.sourceDocument)
                || !Objects.equals(sourceUrl, this.sourceUrl) || synthetic != this.synthetic
                || !sameScores(components);
        this.unitName = unitName;
        this.agencyId = agencyId;
        this.score = score;
        this.rank = rank;
        this.band = band;
        this.sourceDocument = sourceDocument;
        this.sourceUrl = sourceUrl;
        this.synthetic = synthetic;
        this.componentScores.clear();
        this.componentScores.putAll(components);
        return changed;
    }

    private boolean sameScores(Map<Long, BigDecimal> other) {
        return other.size() == componentScores.size() && other.entrySet().stream().allMatch(entry ->
                componentScores.containsKey(entry.getKey())
                        && componentScores.get(entry.getKey()).compareTo(entry.getValue()) == 0);
    }

    public Long getCatalogueId() {
        return catalogueId;
    }

    public int getYear() {
        return year;
    }

    public String getUnitKey() {
        return unitKey;
    }

    public String getUnitName() {
        return unitName;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Integer getRank() {
        return rank;
    }

    public String getBand() {
        return band;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public boolean isSynthetic() {
        return synthetic;
    }

    public Map<Long, BigDecimal> getComponentScores() {
        return componentScores;
    }
}
