package vn.pcitracker.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.domain.AbstractEntity;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @Column(name = "username", nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Role role;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "association_id")
    private Long associationId;

    @Column(name = "preferred_locale", nullable = false, length = 10)
    private String preferredLocale = "vi-VN";

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "synthetic", nullable = false)
    private boolean synthetic;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /** Role and binding change together: the database refuses an agency officer without an agency. */
    public void assign(Role newRole, Long newAgencyId, Long newAssociationId) {
        this.role = newRole;
        this.agencyId = newRole == Role.AGENCY_OFFICER ? newAgencyId : null;
        this.associationId = newRole == Role.ASSOCIATION_REP ? newAssociationId : null;
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Role getRole() { return role; }
    public Long getAgencyId() { return agencyId; }
    public Long getAssociationId() { return associationId; }
    public String getPreferredLocale() { return preferredLocale; }
    public void setPreferredLocale(String preferredLocale) { this.preferredLocale = preferredLocale; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isSynthetic() { return synthetic; }
    public void setSynthetic(boolean synthetic) { this.synthetic = synthetic; }
    public Instant getCreatedAt() { return createdAt; }
}
