package vn.pcitracker.licensing.bottleneck.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.pcitracker.licensing.bottleneck.BottleneckCause;
import vn.pcitracker.licensing.bottleneck.BottleneckState;
import vn.pcitracker.shared.domain.AbstractEntity;

/**
 * A licensing bottleneck (điểm nghẽn). Procedure, line, agencies, issues and DDCI components are referred to by
 * id; the line id is the versioned row it was recorded under and is never re-pointed to a later version.
 * Who may move it where is decided by the service layer; this entity only holds the data.
 */
@Entity
@Table(name = "bottleneck")
public class Bottleneck extends AbstractEntity {

    public static final int CODE_MAX = 20;
    public static final int TITLE_MAX = 300;
    public static final int NOTE_MAX = 2000;

    @Column(name = "code", nullable = false, length = CODE_MAX, updatable = false)
    private String code;
    @Column(name = "procedure_id", nullable = false)
    private long procedureId;
    @Column(name = "line_id")
    private Long lineId;
    @Column(name = "agency_id", nullable = false)
    private long agencyId;
    @Column(name = "owner_agency_id")
    private Long ownerAgencyId;
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;
    @Column(name = "description", nullable = false)
    private String description;
    @Column(name = "informal_cost_reports")
    private Integer informalCostReports;
    @Column(name = "informal_cost_note", length = NOTE_MAX)
    private String informalCostNote;
    @Column(name = "fix_description")
    private String fixDescription;
    @Column(name = "fix_conditions_removed")
    private Integer fixConditionsRemoved;
    @Column(name = "fix_documents_removed")
    private Integer fixDocumentsRemoved;
    @Column(name = "fix_days_cut")
    private Integer fixDaysCut;
    @Column(name = "fix_cost_cut_vnd")
    private Long fixCostCutVnd;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Column(name = "is_public", nullable = false)
    private boolean isPublic;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private BottleneckState state;
    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;
    @Column(name = "measured_days_after", precision = 6, scale = 1)
    private BigDecimal measuredDaysAfter;
    @Column(name = "drop_reason", length = NOTE_MAX)
    private String dropReason;
    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "bottleneck_cause", joinColumns = @JoinColumn(name = "bottleneck_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, length = 40)
    private Set<BottleneckCause> causes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "bottleneck_ddci_component", joinColumns = @JoinColumn(name = "bottleneck_id"))
    @Column(name = "component_id", nullable = false)
    private Set<Long> ddciComponentIds = new HashSet<>();

    protected Bottleneck() {
    }

    public Bottleneck(String code, long procedureId, long agencyId, String title, String description,
                      LocalDate identifiedOn, Instant createdAt) {
        this.code = code;
        this.procedureId = procedureId;
        this.agencyId = agencyId;
        this.title = title;
        this.description = description;
        this.identifiedOn = identifiedOn;
        this.createdAt = createdAt;
        this.state = BottleneckState.IDENTIFIED;
    }

    public void replaceCauses(Set<BottleneckCause> wanted) {
        if (!causes.equals(wanted)) {
            causes.clear();
            causes.addAll(wanted);
        }
    }

    public void replaceDdciComponents(Set<Long> wanted) {
        if (!ddciComponentIds.equals(wanted)) {
            ddciComponentIds.clear();
            ddciComponentIds.addAll(wanted);
        }
    }

    public void setFix(String description, Integer conditionsRemoved, Integer documentsRemoved, Integer daysCut,
                       Long costCutVnd) {
        this.fixDescription = description;
        this.fixConditionsRemoved = conditionsRemoved;
        this.fixDocumentsRemoved = documentsRemoved;
        this.fixDaysCut = daysCut;
        this.fixCostCutVnd = costCutVnd;
    }

    public String getCode() { return code; }
    public long getProcedureId() { return procedureId; }
    public void setProcedureId(long procedureId) { this.procedureId = procedureId; }
    public Long getLineId() { return lineId; }
    public void setLineId(Long lineId) { this.lineId = lineId; }
    public long getAgencyId() { return agencyId; }
    public void setAgencyId(long agencyId) { this.agencyId = agencyId; }
    public Long getOwnerAgencyId() { return ownerAgencyId; }
    public void setOwnerAgencyId(Long ownerAgencyId) { this.ownerAgencyId = ownerAgencyId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getInformalCostReports() { return informalCostReports; }
    public void setInformalCostReports(Integer reports) { this.informalCostReports = reports; }
    public String getInformalCostNote() { return informalCostNote; }
    public void setInformalCostNote(String note) { this.informalCostNote = note; }
    public String getFixDescription() { return fixDescription; }
    public Integer getFixConditionsRemoved() { return fixConditionsRemoved; }
    public Integer getFixDocumentsRemoved() { return fixDocumentsRemoved; }
    public Integer getFixDaysCut() { return fixDaysCut; }
    public Long getFixCostCutVnd() { return fixCostCutVnd; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    public boolean isPublic() { return isPublic; }
    public void setPublic(boolean isPublic) { this.isPublic = isPublic; }
    public BottleneckState getState() { return state; }
    public void setState(BottleneckState state) { this.state = state; }
    public LocalDate getIdentifiedOn() { return identifiedOn; }
    public BigDecimal getMeasuredDaysAfter() { return measuredDaysAfter; }
    public void setMeasuredDaysAfter(BigDecimal days) { this.measuredDaysAfter = days; }
    public String getDropReason() { return dropReason; }
    public void setDropReason(String dropReason) { this.dropReason = dropReason; }
    public boolean isSynthetic() { return synthetic; }
    public void setSynthetic(boolean synthetic) { this.synthetic = synthetic; }
    public Set<BottleneckCause> getCauses() { return causes.isEmpty() ? Set.of() : EnumSet.copyOf(causes); }
    public Set<Long> getDdciComponentIds() { return Set.copyOf(ddciComponentIds); }

    /** True when the agency is the one concerned or the owner of the fix. */
    public boolean involvesAgency(long agency) {
        return agencyId == agency || (ownerAgencyId != null && ownerAgencyId == agency);
    }
}
