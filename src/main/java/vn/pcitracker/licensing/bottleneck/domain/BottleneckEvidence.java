package vn.pcitracker.licensing.bottleneck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.pcitracker.licensing.bottleneck.Evidence;
import vn.pcitracker.licensing.bottleneck.EvidencePhase;
import vn.pcitracker.shared.domain.AbstractEntity;

/** One dated measurement of how a bottleneck's procedure performed over a period. */
@Entity
@Table(name = "bottleneck_evidence")
public class BottleneckEvidence extends AbstractEntity {

    public static final int NOTE_MAX = 1000;

    @Column(name = "bottleneck_id", nullable = false, updatable = false)
    private long bottleneckId;
    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 10)
    private EvidencePhase phase;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(name = "files_received", nullable = false)
    private int filesReceived;
    @Column(name = "files_on_time", nullable = false)
    private int filesOnTime;
    @Column(name = "files_late", nullable = false)
    private int filesLate;
    @Column(name = "top_up_requests")
    private Integer topUpRequests;
    @Column(name = "median_actual_days", precision = 6, scale = 1)
    private BigDecimal medianActualDays;
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected BottleneckEvidence() {
    }

    public BottleneckEvidence(long bottleneckId, EvidencePhase phase, LocalDate periodFrom, LocalDate periodTo,
                              int filesReceived, int filesOnTime, int filesLate, Integer topUpRequests,
                              BigDecimal medianActualDays, String note) {
        this.bottleneckId = bottleneckId;
        this.phase = phase;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.filesReceived = filesReceived;
        this.filesOnTime = filesOnTime;
        this.filesLate = filesLate;
        this.topUpRequests = topUpRequests;
        this.medianActualDays = medianActualDays;
        this.note = note;
    }

    public Evidence toEvidence() {
        return new Evidence(getId(), phase, periodFrom, periodTo, filesReceived, filesOnTime, filesLate, topUpRequests,
                medianActualDays, note);
    }

    public long getBottleneckId() { return bottleneckId; }
}
