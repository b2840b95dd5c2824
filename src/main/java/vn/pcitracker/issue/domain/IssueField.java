package vn.pcitracker.issue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.pcitracker.issue.IssueFieldOption;
import vn.pcitracker.shared.domain.AbstractEntity;

/**
 * A field of the managed list (land, tax…) with its default deadline in working days. Once an administrator
 * edits it ({@code modifiedLocally}), the reference data file no longer overwrites it.
 */
@Entity
@Table(name = "issue_field")
public class IssueField extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 120;
    public static final int MIN_DEADLINE_DAYS = 1;
    public static final int MAX_DEADLINE_DAYS = 365;

    @Column(name = "code", nullable = false, length = CODE_MAX)
    private String code;
    @Column(name = "name_vi", nullable = false, length = NAME_MAX)
    private String nameVi;
    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "default_deadline_days", nullable = false)
    private int defaultDeadlineDays;
    @Column(name = "active", nullable = false)
    private boolean active = true;
    @Column(name = "modified_locally", nullable = false)
    private boolean modifiedLocally;

    protected IssueField() {
    }

    public IssueField(String code, String nameVi, String nameEn, int position, int defaultDeadlineDays) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.position = position;
        this.defaultDeadlineDays = defaultDeadlineDays;
    }

    public IssueFieldOption toOption() {
        return new IssueFieldOption(getId(), code, nameVi, nameEn, defaultDeadlineDays, active, getVersion());
    }

    /** The reference file's values; returns whether anything changed. */
    public boolean applyReference(String nameVi, String nameEn, int position, int defaultDeadlineDays) {
        boolean changed = !nameVi.equals(this.nameVi) || !nameEn.equals(this.nameEn) || position != this.position
                || defaultDeadlineDays != this.defaultDeadlineDays;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.position = position;
        this.defaultDeadlineDays = defaultDeadlineDays;
        return changed;
    }

    /** An administrator's edit: from now on the reference file leaves this field alone. */
    public void editLocally(String nameVi, String nameEn, int defaultDeadlineDays, boolean active) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.defaultDeadlineDays = defaultDeadlineDays;
        this.active = active;
        this.modifiedLocally = true;
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public int getPosition() { return position; }
    public int getDefaultDeadlineDays() { return defaultDeadlineDays; }
    public boolean isActive() { return active; }
    public boolean isModifiedLocally() { return modifiedLocally; }
}
