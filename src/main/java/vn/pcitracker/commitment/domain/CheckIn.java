package vn.pcitracker.commitment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.pcitracker.commitment.CheckInStatus;

/**
 * A unit's report on a criterion for a quarter ({@code commitment_check_in}): written once, never changed. A later
 * check-in for the same quarter supersedes it; both stay, so the history shows who said what and when.
 */
@Entity
@Immutable
@Table(name = "commitment_check_in")
public class CheckIn {

    public static final int NOTE_MAX = 2000;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "criterion_id", nullable = false)
    private long criterionId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "year", nullable = false)
    private int year;
    @Column(name = "quarter", nullable = false)
    private int quarter;
    @Column(name = "value")
    private BigDecimal value;
    @Column(name = "computed", nullable = false)
    private boolean computed;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CheckInStatus status;
    @Column(name = "note", length = NOTE_MAX)
    private String note;
    @Column(name = "recorded_by")
    private Long recordedBy;
    @Column(name = "recorded_by_name", nullable = false, length = NAME_MAX)
    private String recordedByName;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CheckIn() {
    }

    public CheckIn(long criterionId, long unitId, int year, int quarter, BigDecimal value, boolean computed,
                   CheckInStatus status, String note, Long recordedBy, String recordedByName, Instant recordedAt) {
        this.criterionId = criterionId;
        this.unitId = unitId;
        this.year = year;
        this.quarter = quarter;
        this.value = value;
        this.computed = computed;
        this.status = status;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName.length() > NAME_MAX ? recordedByName.substring(0, NAME_MAX) : recordedByName;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getCriterionId() { return criterionId; }
    public long getUnitId() { return unitId; }
    public int getYear() { return year; }
    public int getQuarter() { return quarter; }
    public BigDecimal getValue() { return value; }
    public boolean isComputed() { return computed; }
    public CheckInStatus getStatus() { return status; }
    public String getNote() { return note; }
    public Long getRecordedBy() { return recordedBy; }
    public String getRecordedByName() { return recordedByName; }
    public Instant getRecordedAt() { return recordedAt; }
}
