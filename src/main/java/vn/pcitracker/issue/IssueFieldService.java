package vn.pcitracker.issue;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.issue.domain.IssueField;
import vn.pcitracker.issue.domain.IssueFieldRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/** The managed list of fields and their default deadlines in working days, which an administrator sets. */
@Service
public class IssueFieldService {

    private final IssueFieldRepository fields;

    IssueFieldService(IssueFieldRepository fields) {
        this.fields = fields;
    }

    /** Every field, inactive ones included (old issues still name them), in list order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.IS_AUTHENTICATED)
    public List<IssueFieldOption> fields() {
        return fields.findAllByOrderByPositionAscCodeAsc().stream().map(IssueField::toOption).toList();
    }

    /** Marks the field as edited locally, so that reloading the reference data no longer overwrites it. */
    @Transactional
    @PreAuthorize(Role.Names.HAS_ADMIN)
    public IssueFieldOption update(long id, String nameVi, String nameEn, int defaultDeadlineDays, boolean active,
                                   long expectedVersion) {
        String vi = Violations.clean(nameVi);
        String en = Violations.clean(nameEn);
        new Violations()
                .require("nameVi", vi).maxLength("nameVi", vi, IssueField.NAME_MAX)
                .require("nameEn", en).maxLength("nameEn", en, IssueField.NAME_MAX)
                .check(defaultDeadlineDays >= IssueField.MIN_DEADLINE_DAYS && defaultDeadlineDays <= IssueField.MAX_DEADLINE_DAYS,
                        "defaultDeadlineDays", "issue.IssueFieldService.deadlineDaysRange",
                        IssueField.MIN_DEADLINE_DAYS, IssueField.MAX_DEADLINE_DAYS)
                .throwIfAny();
        IssueField field = fields.findById(id).orElseThrow(() -> new RecordNotFoundException("IssueField", id));
        if (field.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Issue field " + id + " was changed by someone else");
        }
        field.editLocally(vi, en, defaultDeadlineDays, active);
        return fields.saveAndFlush(field).toOption();
    }
}
