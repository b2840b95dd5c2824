package vn.pcitracker.commitment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.pcitracker.commitment.UnitKind;
import vn.pcitracker.shared.domain.AbstractEntity;

/** A signed emulation commitment with its counterpart units and criteria, edited together; retired, never deleted. */
@Entity
@Table(name = "commitment")
public class Commitment extends AbstractEntity {

    public static final int TITLE_MAX = 500;
    public static final int SIGNER_TITLE_MAX = 200;
    public static final int DOCUMENT_REFERENCE_MAX = 100;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(name = "signing_agency_id", nullable = false)
    private Long signingAgencyId;
    @Column(name = "signer_title", nullable = false, length = SIGNER_TITLE_MAX)
    private String signerTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false, length = 20)
    private UnitKind unitKind;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "document_reference", length = DOCUMENT_REFERENCE_MAX)
    private String documentReference;
    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Column(name = "retired_by", length = 100)
    private String retiredBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "commitment_id", nullable = false)
    @OrderBy("position")
    private List<CommitmentUnit> units = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "commitment_id", nullable = false)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected Commitment() {
    }

    public Commitment(UnitKind unitKind) {
        this.unitKind = unitKind;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public Long getSigningAgencyId() { return signingAgencyId; }
    public void setSigningAgencyId(Long signingAgencyId) { this.signingAgencyId = signingAgencyId; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public UnitKind getUnitKind() { return unitKind; }
    public void setUnitKind(UnitKind unitKind) { this.unitKind = unitKind; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getDocumentReference() { return documentReference; }
    public void setDocumentReference(String documentReference) { this.documentReference = documentReference; }
    public boolean isSynthetic() { return synthetic; }
    public void setSynthetic(boolean synthetic) { this.synthetic = synthetic; }
    public Instant getRetiredAt() { return retiredAt; }
    public String getRetiredBy() { return retiredBy; }
    public boolean isRetired() { return retiredAt != null; }

    /** Takes the commitment out of every list and figure; its units, criteria and check-ins stay as history. */
    public void retire(Instant at, String by) {
        this.retiredAt = at;
        this.retiredBy = by;
    }

    /** Puts a retired commitment back in force as it was; who retired it and when stays in the audit log. */
    public void restore() {
        this.retiredAt = null;
        this.retiredBy = null;
    }

    public List<CommitmentUnit> getUnits() { return units; }
    public List<Criterion> getCriteria() { return criteria; }

    public boolean involvesAgency(long agencyId) {
        return signingAgencyId == agencyId || units.stream().anyMatch(unit -> unit.isAgency(agencyId));
    }
}
