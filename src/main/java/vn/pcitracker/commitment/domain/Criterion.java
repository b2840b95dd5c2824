package vn.pcitracker.commitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.pcitracker.commitment.Direction;
import vn.pcitracker.shared.domain.AbstractEntity;

/** One weighted criterion of a commitment; {@code source} is {@code MANUAL} or a live source's key. */
@Entity
@Table(name = "commitment_criterion")
public class Criterion extends AbstractEntity {

    public static final int NAME_MAX = 500;
    public static final int UNIT_MAX = 30;

    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;
    @Column(name = "unit", nullable = false, length = UNIT_MAX)
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 20)
    private Direction direction;
    @Column(name = "baseline", nullable = false)
    private BigDecimal baseline;
    @Column(name = "committed_value")
    private BigDecimal committedValue;
    @Column(name = "target", nullable = false)
    private BigDecimal target;
    @Column(name = "stretch")
    private BigDecimal stretch;
    @Column(name = "weight", nullable = false)
    private int weight;
    @Column(name = "ddci_component_id")
    private Long ddciComponentId;
    @Column(name = "pci_sub_index_code", length = 40)
    private String pciSubIndexCode;
    @Column(name = "source", nullable = false, length = 60)
    private String source;

    public Criterion() {
    }

    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public BigDecimal getCommittedValue() { return committedValue; }
    public void setCommittedValue(BigDecimal committedValue) { this.committedValue = committedValue; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public BigDecimal getStretch() { return stretch; }
    public void setStretch(BigDecimal stretch) { this.stretch = stretch; }
    public int getWeight() { return weight; }
    public void setWeight(int weight) { this.weight = weight; }
    public Long getDdciComponentId() { return ddciComponentId; }
    public void setDdciComponentId(Long ddciComponentId) { this.ddciComponentId = ddciComponentId; }
    public String getPciSubIndexCode() { return pciSubIndexCode; }
    public void setPciSubIndexCode(String pciSubIndexCode) { this.pciSubIndexCode = pciSubIndexCode; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
