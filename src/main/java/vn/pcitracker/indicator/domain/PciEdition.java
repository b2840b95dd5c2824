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

/**
 * One year's PCI. Its weights are data, not constants, because VCCI changed them with the 2022 edition;
 * an edition without weights cannot have its composite recomputed.
 */
@Entity
@Table(name = "pci_edition")
public class PciEdition extends AbstractEntity {

    public static final int SOURCE_MAX_LENGTH = 500;
    public static final int NOTE_MAX_LENGTH = 1000;

    @Column(name = "year", nullable = false, unique = true)
    private int year;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    @Column(name = "weights_source", length = SOURCE_MAX_LENGTH)
    private String weightsSource;

    /** Set once an administrator entered or cleared the weights: reloading the reference data then leaves them. */
    @Column(name = "weights_edited_locally", nullable = false)
    private boolean weightsEditedLocally;

    /** Weight per PCI sub-index id. */
    @ElementCollection
    @CollectionTable(name = "pci_edition_weight", joinColumns = @JoinColumn(name = "edition_id"))
    @MapKeyColumn(name = "sub_index_id")
    @Column(name = "weight", nullable = false, precision = 6, scale = 3)
    private Map<Long, BigDecimal> weights = new HashMap<>();

    protected PciEdition() {
    }

    public PciEdition(int year) {
        this.year = year;
    }

    public int getYear() {
        return year;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public Map<Long, BigDecimal> getWeights() {
        return Map.copyOf(weights);
    }

    public void putWeight(long subIndexId, BigDecimal weight) {
        weights.put(subIndexId, weight);
    }

    public String getWeightsSource() {
        return weightsSource;
    }

    public boolean isWeightsEditedLocally() {
        return weightsEditedLocally;
    }

    /** An administrator's official weights: replace every stored weight. */
    public void enterWeights(Map<Long, BigDecimal> entered, String source) {
        weights.clear();
        weights.putAll(entered);
        weightsSource = source;
        weightsEditedLocally = true;
    }

    /** An administrator removes the weights: the edition's composite becomes "not computable". */
    public void clearWeights() {
        weights.clear();
        weightsSource = null;
        weightsEditedLocally = true;
    }
}
