package vn.pcitracker.issue;

import java.util.List;
import org.springframework.stereotype.Service;

/** The managed list of fields and their default deadlines. CONTRACT PLACEHOLDER (issue3-base branch only). */
@Service
public class IssueFieldService {

    public List<IssueFieldOption> fields() { throw new UnsupportedOperationException(); }
    /** Administrators only. */
    public IssueFieldOption update(long id, String nameVi, String nameEn, int defaultDeadlineDays, boolean active, long expectedVersion) { throw new UnsupportedOperationException(); }
}
