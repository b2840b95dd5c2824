package vn.pcitracker.issue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of {@code issue_party}: an enterprise or an association that raised (submitter) or backs the issue.
 * Named apart from the public {@link vn.pcitracker.issue.IssueParty} record, which carries the party's name.
 */
@Entity
@Table(name = "issue_party")
public class IssuePartyLink {

    public enum PartyRole { SUBMITTER, BACKER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "enterprise_id")
    private Long enterpriseId;
    @Column(name = "association_id")
    private Long associationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 10)
    private PartyRole role;

    protected IssuePartyLink() {
    }

    private IssuePartyLink(Long enterpriseId, Long associationId, PartyRole role) {
        this.enterpriseId = enterpriseId;
        this.associationId = associationId;
        this.role = role;
    }

    public static IssuePartyLink enterprise(long enterpriseId, PartyRole role) {
        return new IssuePartyLink(enterpriseId, null, role);
    }

    public static IssuePartyLink association(long associationId, PartyRole role) {
        return new IssuePartyLink(null, associationId, role);
    }

    public boolean sameParty(IssuePartyLink other) {
        return java.util.Objects.equals(enterpriseId, other.enterpriseId)
                && java.util.Objects.equals(associationId, other.associationId);
    }

    public Long getId() { return id; }
    public Long getEnterpriseId() { return enterpriseId; }
    public Long getAssociationId() { return associationId; }
    public PartyRole getRole() { return role; }
    public void setRole(PartyRole role) { this.role = role; }
    public boolean isSubmitter() { return role == PartyRole.SUBMITTER; }
}
